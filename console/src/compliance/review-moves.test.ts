import { describe, expect, it } from "vitest";
import { ReportStatus, ReviewOutcome } from "../../../subgraphs/board/compliance/enums";
import { allowedOutcomes, checkReview } from "../../../subgraphs/board/compliance/review-workflow";
import { needsComment, REVIEW_STATUSES, reviewMoves } from "./review-moves";

describe("the console's review moves", () => {
  it("cover every status the hub knows", () => {
    expect([...REVIEW_STATUSES].sort()).toEqual(Object.values(ReportStatus).sort());
  });

  it.each(Object.values(ReportStatus))("offer from %s exactly the moves the hub allows", (status) => {
    expect(reviewMoves(status)).toEqual(allowedOutcomes(status));
  });

  it.each(Object.values(ReviewOutcome))("ask for a comment for %s exactly when the hub refuses one without", (outcome) => {
    const from = outcome === ReviewOutcome.UNDER_REVIEW ? ReportStatus.SUBMITTED : ReportStatus.UNDER_REVIEW;
    const refusedWithoutComment = (() => {
      try {
        checkReview(from, outcome, "  ");
        return false;
      } catch {
        return true;
      }
    })();
    expect(needsComment(outcome)).toBe(refusedWithoutComment);
  });
});
