import { describe, expect, it } from "vitest";
import { cellMark, cellWords, LEVELS, levelOf, STATUSES } from "./compliance-labels";

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("compliance labels", () => {
  it.each(LEVELS.map((style) => [style.level, style] as const))("print %s's letters with at least 4.5:1 contrast on its colour", (_level, style) => {
    expect(contrast(style.fill, style.ink)).toBeGreaterThanOrEqual(4.5);
  });

  it("tell every rating and every status apart without colour", () => {
    const shorts = LEVELS.map((style) => style.short);
    expect(new Set(shorts).size).toBe(shorts.length);
    const marks = STATUSES.map((style) => style.mark);
    expect(new Set(marks).size).toBe(marks.length);
    expect(marks.every((mark) => mark.trim().length > 0)).toBe(true);
  });

  it("say what a cell holds, with or without a report", () => {
    expect(levelOf({ selfRating: "LARGELY_COMPLIANT", reviewStatus: "ACCEPTED" })).toBe("LARGELY_COMPLIANT");
    expect(levelOf({ selfRating: null, reviewStatus: "SUBMITTED" })).toBe("NOT_RATED");
    expect(levelOf({ selfRating: null, reviewStatus: null })).toBe("NO_REPORT");
    expect(cellMark({ selfRating: "LARGELY_COMPLIANT", reviewStatus: "ACCEPTED" })).toBe("LC ✓");
    expect(cellMark({ selfRating: "NON_COMPLIANT", reviewStatus: "ESCALATION_RECOMMENDED" })).toBe("NC !");
    expect(cellMark({ selfRating: null, reviewStatus: null })).toBe("");
    expect(cellWords({ selfRating: "PARTIALLY_COMPLIANT", reviewStatus: "ESCALATION_RECOMMENDED" })).toBe("Partially compliant, Escalation recommended");
    expect(cellWords({ selfRating: null, reviewStatus: "UNDER_REVIEW" })).toBe("Not rated in the report, Under review");
    expect(cellWords({ selfRating: null, reviewStatus: null })).toBe("No report");
  });
});
