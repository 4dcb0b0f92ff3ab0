import { BOARD, type Caller, type Role } from "../auth/caller.js";

/**
 * What a caller may do, by role, narrowed by the token's scopes. Deny by default: a right not listed
 * for any of the caller's roles is refused.
 */
export const RIGHTS = {
  /** Read records (incidents, and later audits and systems) under the classification rules. */
  READ_RECORDS: "records:read",
  /** Use a bilateral grant made to one's country to read the records it opens. */
  USE_GRANTS: "grants:use",
  REPORT_INCIDENTS: "incidents:report",
  MANAGE_GRANTS: "grants:manage",
  READ_GRANTS: "grants:read",
  READ_ACCESS_LOG: "accesslog:read",
} as const;
export type Right = (typeof RIGHTS)[keyof typeof RIGHTS];

const ROLE_RIGHTS: Record<Role, readonly Right[]> = {
  regulator: [RIGHTS.READ_RECORDS, RIGHTS.USE_GRANTS, RIGHTS.REPORT_INCIDENTS, RIGHTS.READ_GRANTS, RIGHTS.READ_ACCESS_LOG],
  analyst: [RIGHTS.READ_RECORDS],
  negotiator: [RIGHTS.MANAGE_GRANTS, RIGHTS.READ_GRANTS],
  auditor: [RIGHTS.READ_RECORDS, RIGHTS.USE_GRANTS, RIGHTS.READ_ACCESS_LOG],
};

const HUB_SCOPES = new Set<string>(Object.values(RIGHTS));

/**
 * True when one of the caller's roles carries the right and, if the token names any of the hub's
 * scopes, that scope is among them. `analyst` is the review board's role and counts only for BOARD;
 * the board holds no other role.
 */
export function can(caller: Caller, right: Right): boolean {
  const roles = caller.roles.filter((role) => (role === "analyst") === (caller.country === BOARD));
  if (!roles.some((role) => ROLE_RIGHTS[role].includes(right))) return false;
  const hubScopes = caller.scopes.filter((scope) => HUB_SCOPES.has(scope));
  return hubScopes.length === 0 || hubScopes.includes(right);
}

export const ROLE_RIGHTS_TABLE = ROLE_RIGHTS;
