import type { Caller } from "../auth/caller.js";
import { ALL_CLASSIFICATIONS, Classification } from "./classification.js";
import { type GrantTerms, grantCovers, isActive, type RecordFacts, type RecordKind } from "./grant-terms.js";
import { can, RIGHTS } from "./rights.js";

/**
 * What one caller may read of one country's records of one kind: classifications open outright, plus
 * the active grants the caller may use, each opening exactly what it covers.
 */
export interface ReadRule {
  open: readonly Classification[];
  grants: readonly GrantTerms[];
}

const ONLY_PUBLIC: readonly Classification[] = [Classification.PUBLIC];
const PARTICIPANTS: readonly Classification[] = [Classification.PUBLIC, Classification.SHARED];

/**
 * The one place that decides who sees a country's records.
 *
 * - PUBLIC: every authenticated caller.
 * - Callers whose role reads records (regulator, auditor, the board's analyst): the owner's own see
 *   everything it holds; every other participant and the board see PUBLIC and SHARED.
 * - RESTRICTED of another country: only through an active grant from that country to the caller's
 *   country, covering the record, to a role that may use grants (regulator, auditor).
 * - NATIONAL_SECURITY never leaves the owner: no grant covers it (see grant-terms.ts).
 *
 * Callers apply the rule inside the query that reads the rows, so that lists, counts and lookups by id
 * never see what the caller may not.
 */
export function readRule(caller: Caller, owner: string, kind: RecordKind, grants: readonly GrantTerms[], now: Date): ReadRule {
  if (!can(caller, RIGHTS.READ_RECORDS)) return { open: ONLY_PUBLIC, grants: [] };
  if (caller.country === owner) return { open: ALL_CLASSIFICATIONS, grants: [] };
  const usable = can(caller, RIGHTS.USE_GRANTS)
    ? grants.filter((g) => g.grantor === owner && g.grantee === caller.country && g.recordKinds.includes(kind) && isActive(g, now))
    : [];
  return { open: PARTICIPANTS, grants: usable };
}

export interface ReadDecision {
  visible: boolean;
  /** The grant that opened the record, when a grant did. */
  grantId: string | null;
}

export function admits(rule: ReadRule, record: RecordFacts): ReadDecision {
  if (rule.open.includes(record.classification)) return { visible: true, grantId: null };
  const grant = rule.grants.find((g) => grantCovers(g, record));
  return grant ? { visible: true, grantId: grant.id } : { visible: false, grantId: null };
}
