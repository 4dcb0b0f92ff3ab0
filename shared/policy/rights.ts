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
  /** Record audits (red-team exercises, checks, pilot audits, lab tests) in one's own country. */
  RECORD_AUDITS: "audits:record",
  /**
   * Read Tokyo Safety Baseline compliance reports kept by the review board: a regulator its own
   * country's, a board analyst every country's (see subgraphs/board/compliance/report-visibility.ts).
   * Distinct from records:read so that auditors, who read records, do not read reports.
   */
  READ_REPORTS: "reports:read",
  /** Submit the caller's own country's compliance report for a milestone. */
  SUBMIT_REPORTS: "reports:submit",
  /** Move a compliance report through the board's review workflow. */
  REVIEW_REPORTS: "reports:review",
} as const;
export type Right = (typeof RIGHTS)[keyof typeof RIGHTS];

const ROLE_RIGHTS: Record<Role, readonly Right[]> = {
  regulator: [
    RIGHTS.READ_RECORDS,
    RIGHTS.USE_GRANTS,
    RIGHTS.REPORT_INCIDENTS,
    RIGHTS.READ_GRANTS,
    RIGHTS.READ_ACCESS_LOG,
    RIGHTS.READ_REPORTS,
    RIGHTS.SUBMIT_REPORTS,
  ],
  analyst: [RIGHTS.READ_RECORDS, RIGHTS.READ_REPORTS, RIGHTS.REVIEW_REPORTS],
  negotiator: [RIGHTS.MANAGE_GRANTS, RIGHTS.READ_GRANTS],
  auditor: [RIGHTS.READ_RECORDS, RIGHTS.USE_GRANTS, RIGHTS.READ_ACCESS_LOG, RIGHTS.RECORD_AUDITS],
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
