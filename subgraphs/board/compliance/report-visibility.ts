import { BOARD, type Caller } from "../../../shared/auth/caller.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";

/**
 * Which countries' compliance reports a caller reads: the board's analysts every country's, a
 * regulator its own country's, anyone else none. A report outside this scope does not exist for the
 * caller (empty list, null by id), exactly as for a report that was never submitted.
 */
export type ReportScope = { kind: "all" } | { kind: "country"; country: string } | { kind: "none" };

export function reportScope(caller: Caller): ReportScope {
  if (!can(caller, RIGHTS.READ_REPORTS)) return { kind: "none" };
  return caller.country === BOARD ? { kind: "all" } : { kind: "country", country: caller.country };
}

/** The country filter a read should use: the caller's scope narrowed by what it asked for; null when nothing can match. */
export function countriesToRead(scope: ReportScope, asked: string | undefined): { country: string | undefined } | null {
  if (scope.kind === "none") return null;
  if (scope.kind === "all") return { country: asked };
  if (asked !== undefined && asked !== scope.country) return null;
  return { country: scope.country };
}
