import { describe, expect, it } from "vitest";
import { MilestoneCode } from "../../../shared/compliance/milestones.js";
import type { AssessmentInput } from "./compliance-inputs.js";
import { ComplianceRating, EvidenceKind } from "./enums.js";
import { validateSubmission } from "./validate-submission.js";

const ID = "6290F63C-8086-4527-A556-3FD5F591BF55";
const submit = (assessments: Partial<AssessmentInput>[]) =>
  validateSubmission(
    { milestone: MilestoneCode.M6, assessments: assessments.map((a) => ({ itemCode: "TSB-01", rating: ComplianceRating.COMPLIANT, ...a })) },
    "JP",
  );
const fieldOf = (assessments: Partial<AssessmentInput>[]) => {
  try {
    submit(assessments);
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
};

describe("validateSubmission", () => {
  it("normalises codes, ids and notes", () => {
    expect(submit([{ itemCode: " tsb-16 ", note: "  ", evidence: [{ kind: EvidenceKind.INCIDENT, country: "jp", id: ID }] }])).toEqual([
      { itemCode: "TSB-16", rating: "COMPLIANT", note: null, evidence: [{ kind: "INCIDENT", country: "JP", recordId: ID.toLowerCase(), at: "assessments[0].evidence[0]" }] },
    ]);
  });

  it.each([
    ["no assessment", [], "assessments"],
    ["an item outside the baseline", [{ itemCode: "TSB-31" }], "assessments[0].itemCode"],
    ["an item twice", [{}, { itemCode: "tsb-01" }], "assessments[1].itemCode"],
    ["an oversized note", [{ note: "x".repeat(4001) }], "assessments[0].note"],
    ["another country's record", [{ evidence: [{ kind: EvidenceKind.AUDIT, country: "US", id: ID }] }], "assessments[0].evidence[0]"],
    ["a record id that is not a UUID", [{ evidence: [{ kind: EvidenceKind.SYSTEM, country: "JP", id: "42" }] }], "assessments[0].evidence[0].id"],
    [
      "a record cited twice for one item",
      [{ evidence: [{ kind: EvidenceKind.SYSTEM, country: "JP", id: ID }, { kind: EvidenceKind.SYSTEM, country: "JP", id: ID.toLowerCase() }] }],
      "assessments[0].evidence[1].id",
    ],
    ["too much evidence", [{ evidence: Array.from({ length: 51 }, () => ({ kind: EvidenceKind.SYSTEM, country: "JP", id: ID })) }], "assessments[0].evidence"],
  ])("refuses %s, naming %s", (_name, assessments, field) => {
    expect(fieldOf(assessments as Partial<AssessmentInput>[])).toBe(field);
  });
});
