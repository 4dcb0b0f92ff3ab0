import { describe, expect, it } from "vitest";
import { amend, changesSince, type VersionAssessment } from "./amendment.js";
import { ComplianceRating, EvidenceKind } from "./enums.js";

const at = new Date("2026-09-20T00:00:00Z");
const item = (itemCode: string, rating: ComplianceRating, recordIds: string[] = [], note: string | null = null): VersionAssessment => ({
  itemCode,
  rating,
  note,
  evidence: recordIds.map((recordId) => ({ kind: EvidenceKind.INCIDENT, recordId, vouchedAt: at })),
});

describe("amend", () => {
  const latest = [item("TSB-01", ComplianceRating.COMPLIANT, ["a"]), item("TSB-02", ComplianceRating.NON_COMPLIANT), item("TSB-03", ComplianceRating.COMPLIANT)];

  it("keeps the items not named as they stood, replaces the named ones in place, and appends new ones", () => {
    const named = [item("TSB-04", ComplianceRating.PARTIALLY_COMPLIANT), item("TSB-02", ComplianceRating.LARGELY_COMPLIANT, ["b"])];
    expect(amend(latest, named)).toEqual([latest[0], named[1], latest[2], named[0]]);
  });

  it("is the submission itself for a first report", () => {
    const named = [item("TSB-09", ComplianceRating.COMPLIANT)];
    expect(amend([], named)).toEqual(named);
  });
});

describe("changesSince", () => {
  it("names items assessed for the first time and items whose rating, note or evidence differ", () => {
    const previous = [item("TSB-01", ComplianceRating.COMPLIANT, ["a"]), item("TSB-02", ComplianceRating.NON_COMPLIANT), item("TSB-03", ComplianceRating.COMPLIANT)];
    const current = [
      item("TSB-01", ComplianceRating.COMPLIANT, ["a", "b"]),
      item("TSB-02", ComplianceRating.NON_COMPLIANT, [], "Now with a note."),
      { ...item("TSB-03", ComplianceRating.COMPLIANT), evidence: [] },
      item("TSB-05", ComplianceRating.NOT_APPLICABLE),
    ];
    expect(changesSince(previous, current)).toEqual({ added: ["TSB-05"], changed: ["TSB-01", "TSB-02"] });
  });

  it("counts every item as added for a first version, and nothing for an unchanged resubmission", () => {
    const items = [item("TSB-01", ComplianceRating.COMPLIANT, ["a"])];
    expect(changesSince(undefined, items)).toEqual({ added: ["TSB-01"], changed: [] });
    expect(changesSince(items, [{ ...items[0]!, evidence: [{ ...items[0]!.evidence[0]!, vouchedAt: new Date() }] }])).toEqual({ added: [], changed: [] });
  });
});
