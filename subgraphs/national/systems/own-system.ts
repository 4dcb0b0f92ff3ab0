import type { EntityManager } from "typeorm";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { UUID } from "../pagination/cursor.js";
import { System } from "./system-entities.js";

/** The id of a system in this country's own register, or BAD_USER_INPUT naming `field`. */
export async function ownSystemId(manager: EntityManager, id: string, field = "systemId"): Promise<string> {
  const normalised = id.toLowerCase();
  if (UUID.test(normalised) && (await manager.getRepository(System).existsBy({ id: normalised }))) return normalised;
  throw badUserInput(`\`${field}\` is not an AI system in this country's register.`, field);
}
