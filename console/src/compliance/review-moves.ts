import type { ComplianceReportStatus, ReviewOutcome } from "../gql/graphql";

/**
 * The board's review workflow as the hub enforces it (subgraphs/board/compliance/review-workflow.ts;
 * review-moves.test.ts checks this copy against it): a review is opened once, then closed with one of
 * three outcomes. The console offers only these moves; the hub still decides.
 */
const NEXT: Readonly<Record<ComplianceReportStatus, readonly ReviewOutcome[]>> = {
  SUBMITTED: ["UNDER_REVIEW"],
  UNDER_REVIEW: ["ACCEPTED", "CHANGES_REQUESTED", "ESCALATION_RECOMMENDED"],
  ACCEPTED: [],
  CHANGES_REQUESTED: [],
  ESCALATION_RECOMMENDED: [],
};

/** Outcomes the hub refuses without a comment saying why. */
const NEEDS_COMMENT: ReadonlySet<ReviewOutcome> = new Set<ReviewOutcome>(["CHANGES_REQUESTED", "ESCALATION_RECOMMENDED"]);

export const REVIEW_STATUSES = Object.keys(NEXT) as ComplianceReportStatus[];

export function reviewMoves(from: ComplianceReportStatus): readonly ReviewOutcome[] {
  return NEXT[from];
}

export function needsComment(outcome: ReviewOutcome): boolean {
  return NEEDS_COMMENT.has(outcome);
}
