import type { Caller } from "../auth/caller.js";
import { Classification } from "./classification.js";
import { can, RIGHTS } from "./rights.js";

/**
 * What stays with the owning country whatever a record's classification: the rules beside the
 * carve-out (visibility.ts) that decide parts of a record, or whole capabilities, by who is asking.
 * Pure functions: the resolvers ask them, the SQL never has to.
 */

/** A verification lab's findings describe model internals: only the owner's own callers read them. */
export function mayReadLabFindings(caller: Caller, owner: string, auditKind: string): boolean {
  return auditKind !== "VERIFICATION_LAB" || caller.country === owner;
}

/** Past values of a revised record may have been more closed than the present ones: owner only. */
export function mayReadRevisions(caller: Caller, owner: string): boolean {
  return caller.country === owner && can(caller, RIGHTS.READ_RECORDS);
}

export type GrantListing = "ALL" | "NAMING_CALLER" | "NONE";

/** Which of a country's grants a caller may list: the owner's all, another participant's those naming it. */
export function grantsListedTo(caller: Caller, owner: string): GrantListing {
  if (!can(caller, RIGHTS.READ_GRANTS)) return "NONE";
  return caller.country === owner ? "ALL" : "NAMING_CALLER";
}

/** The access log, and its integrity check, are read by the owner's own regulators and auditors only. */
export function mayReadAccessLog(caller: Caller, owner: string): boolean {
  return caller.country === owner && can(caller, RIGHTS.READ_ACCESS_LOG);
}

/**
 * A read the owner's access log must record: a foreign caller given (or counting over) records that
 * are not PUBLIC. The owner's own officials are not logged; PUBLIC records are anyone's.
 */
export function isLoggedRead(caller: Caller, owner: string, classification: Classification): boolean {
  return caller.country !== owner && classification !== Classification.PUBLIC;
}

/** True when a foreign caller's rule opens records that are not PUBLIC: its counts and filters are logged. */
export function countsAreLogged(caller: Caller, owner: string, readable: readonly Classification[]): boolean {
  return readable.some((classification) => isLoggedRead(caller, owner, classification));
}
