import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { ReadRule } from "../../../shared/policy/visibility.js";
import { whereReadable } from "../access/where-readable.js";
import { Audit } from "./audit.js";

/** Audits the caller may read; a grant narrowed to systems opens the audits of those systems. */
export function readableAudits(db: DataSource, rule: ReadRule): SelectQueryBuilder<Audit> {
  const query = db.getRepository(Audit).createQueryBuilder("audit");
  return whereReadable(query, rule, { classification: "audit.classification", systemId: "audit.systemId" });
}
