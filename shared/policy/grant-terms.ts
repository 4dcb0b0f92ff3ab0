import type { Severity } from "../incidents/severity.js";
import { Classification } from "./classification.js";

export type RecordKind = "INCIDENT" | "AUDIT" | "SYSTEM";
export const RECORD_KINDS: readonly RecordKind[] = ["INCIDENT", "AUDIT", "SYSTEM"];

/** What a bilateral grant opens: the terms the owning country's negotiators agreed to. */
export interface GrantTerms {
  id: string;
  grantor: string;
  grantee: string;
  recordKinds: readonly RecordKind[];
  /** SHARED or RESTRICTED; never NATIONAL_SECURITY. */
  maxClassification: Classification;
  validFrom: Date;
  validUntil: Date;
  revokedAt: Date | null;
  /** Narrowing filters: null means "any". */
  severities: readonly Severity[] | null;
  systemIds: readonly string[] | null;
}

/** The facts about a record a grant is checked against. */
export interface RecordFacts {
  kind: RecordKind;
  classification: Classification;
  severity?: Severity | null;
  systemId?: string | null;
}

export const GRANTABLE_CEILINGS: readonly Classification[] = [Classification.SHARED, Classification.RESTRICTED];

export function isActive(grant: GrantTerms, now: Date): boolean {
  return grant.revokedAt === null && grant.validFrom <= now && now < grant.validUntil;
}

/** Classifications a grant with this ceiling opens. NATIONAL_SECURITY is never among them. */
export function classificationsUpTo(ceiling: Classification): Classification[] {
  if (ceiling === Classification.RESTRICTED) return [Classification.SHARED, Classification.RESTRICTED];
  if (ceiling === Classification.SHARED) return [Classification.SHARED];
  return [];
}

export function grantCovers(grant: GrantTerms, record: RecordFacts): boolean {
  if (!grant.recordKinds.includes(record.kind)) return false;
  if (!classificationsUpTo(grant.maxClassification).includes(record.classification)) return false;
  if (grant.severities && (!record.severity || !grant.severities.includes(record.severity))) return false;
  if (grant.systemIds && (!record.systemId || !grant.systemIds.includes(record.systemId))) return false;
  return true;
}
