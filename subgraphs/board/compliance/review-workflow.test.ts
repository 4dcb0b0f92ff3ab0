import { describe, expect, it } from "vitest";
import { ReportStatus, ReviewOutcome } from "./enums.js";
import { allowedOutcomes, checkReview } from "./review-workflow.js";

const field = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
};

describe("review workflow", () => {
  it("opens a review once, closes it with one of three outcomes, and never reopens it", () => {
    expect(allowedOutcomes(ReportStatus.SUBMITTED)).toEqual([ReviewOutcome.UNDER_REVIEW]);
    expect(allowedOutcomes(ReportStatus.UNDER_REVIEW)).toEqual([
      ReviewOutcome.ACCEPTED,
      ReviewOutcome.CHANGES_REQUESTED,
      ReviewOutcome.ESCALATION_RECOMMENDED,
    ]);
    for (const closed of [ReportStatus.ACCEPTED, ReportStatus.CHANGES_REQUESTED, ReportStatus.ESCALATION_RECOMMENDED]) {
      expect(allowedOutcomes(closed)).toEqual([]);
    }
  });

  it("names `outcome` for an illegal move and `comment` for a missing or oversized reason", () => {
    expect(field(() => checkReview(ReportStatus.SUBMITTED, ReviewOutcome.ACCEPTED, "ok"))).toBe("outcome");
    expect(field(() => checkReview(ReportStatus.UNDER_REVIEW, ReviewOutcome.CHANGES_REQUESTED, "  "))).toBe("comment");
    expect(field(() => checkReview(ReportStatus.UNDER_REVIEW, ReviewOutcome.ESCALATION_RECOMMENDED, null))).toBe("comment");
    expect(field(() => checkReview(ReportStatus.UNDER_REVIEW, ReviewOutcome.ACCEPTED, "x".repeat(4001)))).toBe("comment");
  });

  it("keeps an optional comment trimmed, and none as null", () => {
    expect(checkReview(ReportStatus.SUBMITTED, ReviewOutcome.UNDER_REVIEW, undefined)).toBeNull();
    expect(checkReview(ReportStatus.UNDER_REVIEW, ReviewOutcome.ACCEPTED, "  Well evidenced. ")).toBe("Well evidenced.");
  });
});
