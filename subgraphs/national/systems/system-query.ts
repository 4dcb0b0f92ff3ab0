import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { ReadRule } from "../../../shared/policy/visibility.js";
import { whereReadable } from "../access/where-readable.js";
import { System } from "./system-entities.js";

/** Systems the caller may read; a grant narrowed to systems opens those systems themselves. */
export function readableSystems(db: DataSource, rule: ReadRule): SelectQueryBuilder<System> {
  const query = db.getRepository(System).createQueryBuilder("system");
  return whereReadable(query, rule, { classification: "system.classification", systemId: "system.id" });
}
