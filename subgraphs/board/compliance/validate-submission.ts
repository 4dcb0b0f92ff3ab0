import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { notCitable } from "../attestation/owner-attestation.js";
import { baselineItem } from "../baseline/baseline-catalogue.js";
import type { ComplianceRating, EvidenceKind } from "./enums.js";
import type { SubmitComplianceReportInput } from "./compliance-inputs.js";

export const NOTE_MAX = 4000;
export const EVIDENCE_MAX = 50;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ValidEvidence {
  kind: EvidenceKind;
  country: string;
  recordId: string;
  /** The input path of the citation (`assessments[1].evidence[0]`), for the owner's refusal. */
  at: string;
}

export interface ValidAssessment {
  itemCode: string;
  rating: ComplianceRating;
  note: string | null;
  evidence: ValidEvidence[];
}

/**
 * Checks a submission against the baseline and the submitting country, and returns it normalised (codes
 * upper-cased, ids lower-cased, notes trimmed). Errors name the input path at fault, e.g.
 * `assessments[2].evidence[0]`, so a client can point at the offending entry. Whether each cited record
 * exists is the owner's to say (attestation/owner-attestation.ts).
 */
export function validateSubmission(input: SubmitComplianceReportInput, country: string): ValidAssessment[] {
  if (input.assessments.length === 0) throw badUserInput("A report must assess at least one baseline item.", "assessments");
  const seen = new Set<string>();
  return input.assessments.map((assessment, i) => {
    const at = `assessments[${i}]`;
    const itemCode = assessment.itemCode.trim().toUpperCase();
    if (!baselineItem(itemCode)) throw badUserInput(`\`${assessment.itemCode}\` is not an item of the baseline.`, `${at}.itemCode`);
    if (seen.has(itemCode)) throw badUserInput(`${itemCode} is assessed more than once.`, `${at}.itemCode`);
    seen.add(itemCode);
    const note = assessment.note?.trim() || null;
    if (note && note.length > NOTE_MAX) throw badUserInput(`A note must be at most ${NOTE_MAX} characters.`, `${at}.note`);
    const evidence = assessment.evidence ?? [];
    if (evidence.length > EVIDENCE_MAX) throw badUserInput(`At most ${EVIDENCE_MAX} pieces of evidence per item.`, `${at}.evidence`);
    const cited = new Set<string>();
    const valid = evidence.map((piece, j) => {
      const where = `${at}.evidence[${j}]`;
      const owner = piece.country.trim().toUpperCase();
      // A country vouches for its own records only. Refused in the words used for a record its register
      // does not hold, so that the answer says nothing about whether the other country holds it.
      if (owner !== country) throw notCitable(where, piece.kind, country);
      if (!UUID.test(piece.id.trim())) throw badUserInput("A record id is a UUID.", `${where}.id`);
      const recordId = piece.id.trim().toLowerCase();
      if (cited.has(`${piece.kind}:${recordId}`)) throw badUserInput("This record is already cited for this item.", `${where}.id`);
      cited.add(`${piece.kind}:${recordId}`);
      return { kind: piece.kind, country: owner, recordId, at: where };
    });
    return { itemCode, rating: assessment.rating, note, evidence: valid };
  });
}
