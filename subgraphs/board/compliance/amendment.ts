import type { EntityManager } from "typeorm";
import type { MilestoneCode } from "../../../shared/compliance/milestones.js";
import { ComplianceAssessment, ComplianceEvidence } from "./compliance-assessment.js";
import type { ComplianceRating, EvidenceKind } from "./enums.js";

/** An assessment as a version holds it, whether named in its submission or carried from the one before. */
export interface VersionAssessment {
  itemCode: string;
  rating: ComplianceRating;
  note: string | null;
  evidence: { kind: EvidenceKind; recordId: string; vouchedAt: Date | null }[];
}

/**
 * A submission for a milestone that already has a report amends it: the new version holds the items the
 * submission names, as named, and every other item of the latest version as it stood (with its evidence
 * and the owner's word on it), so that one corrected item does not blank the rest of the report.
 * Items keep their place; newly assessed ones follow.
 */
export function amend(latest: readonly VersionAssessment[], named: readonly VersionAssessment[]): VersionAssessment[] {
  const byCode = new Map(named.map((assessment) => [assessment.itemCode, assessment]));
  const kept = latest.map((assessment) => byCode.get(assessment.itemCode) ?? assessment);
  const known = new Set(latest.map((assessment) => assessment.itemCode));
  return [...kept, ...named.filter((assessment) => !known.has(assessment.itemCode))];
}

/** What a version changed against the one before it: items it assesses for the first time, and items it rates differently. */
export function changesSince(
  previous: readonly Pick<VersionAssessment, "itemCode" | "rating" | "note" | "evidence">[] | undefined,
  current: readonly Pick<VersionAssessment, "itemCode" | "rating" | "note" | "evidence">[],
): { added: string[]; changed: string[] } {
  const before = new Map((previous ?? []).map((assessment) => [assessment.itemCode, assessment]));
  const added: string[] = [];
  const changed: string[] = [];
  for (const assessment of current) {
    const old = before.get(assessment.itemCode);
    if (!old) added.push(assessment.itemCode);
    else if (fingerprint(old) !== fingerprint(assessment)) changed.push(assessment.itemCode);
  }
  return { added, changed };
}

/** Rating, note and cited records; not when the owner vouched for them (an amendment re-asks for the same record). */
function fingerprint(assessment: Pick<VersionAssessment, "rating" | "note" | "evidence">): string {
  return JSON.stringify([assessment.rating, assessment.note, assessment.evidence.map((piece) => `${piece.kind}:${piece.recordId}`)]);
}

/** The assessments of a country's latest version for a milestone (none before its first report), read inside the submission's lock. */
export async function latestAssessments(manager: EntityManager, country: string, milestone: MilestoneCode): Promise<VersionAssessment[]> {
  const [latest] = await manager.query(
    `SELECT id FROM compliance_report WHERE country = $1 AND milestone = $2 ORDER BY version DESC LIMIT 1`,
    [country, milestone],
  );
  if (!latest) return [];
  const [assessments, evidence] = await Promise.all([
    manager.getRepository(ComplianceAssessment).find({ where: { reportId: latest.id }, order: { position: "ASC" } }),
    manager.getRepository(ComplianceEvidence).find({ where: { reportId: latest.id }, order: { position: "ASC" } }),
  ]);
  return assessments.map(({ itemCode, rating, note }) => ({
    itemCode,
    rating,
    note,
    evidence: evidence.filter((piece) => piece.itemCode === itemCode).map(({ kind, recordId, vouchedAt }) => ({ kind, recordId, vouchedAt })),
  }));
}
