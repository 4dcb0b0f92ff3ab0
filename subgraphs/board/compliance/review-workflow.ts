import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { ReportStatus, ReviewOutcome } from "./enums.js";

/**
 * The board's review as a state machine. A review is opened once, then closed with one of three
 * outcomes; closed reports stay closed, and a country answers CHANGES_REQUESTED by resubmitting (a new
 * version, which starts again at SUBMITTED).
 */
const NEXT: Readonly<Record<ReportStatus, readonly ReviewOutcome[]>> = {
  SUBMITTED: [ReviewOutcome.UNDER_REVIEW],
  UNDER_REVIEW: [ReviewOutcome.ACCEPTED, ReviewOutcome.CHANGES_REQUESTED, ReviewOutcome.ESCALATION_RECOMMENDED],
  ACCEPTED: [],
  CHANGES_REQUESTED: [],
  ESCALATION_RECOMMENDED: [],
};

/** Outcomes that must say why: the country has to know what to change, the board why it escalates. */
const NEEDS_COMMENT = new Set<ReviewOutcome>([ReviewOutcome.CHANGES_REQUESTED, ReviewOutcome.ESCALATION_RECOMMENDED]);

export const COMMENT_MAX = 4000;

export function allowedOutcomes(from: ReportStatus): readonly ReviewOutcome[] {
  return NEXT[from];
}

/** Refuses a move the workflow does not allow, or a missing or oversized comment; returns the comment to store. */
export function checkReview(from: ReportStatus, outcome: ReviewOutcome, comment: string | null | undefined): string | null {
  if (!NEXT[from].includes(outcome)) {
    const allowed = NEXT[from];
    throw badUserInput(
      `A report that is ${from} cannot become ${outcome}` + (allowed.length ? `; it can become ${allowed.join(" or ")}.` : "; its review is closed."),
      "outcome",
    );
  }
  const text = comment?.trim() || null;
  if (!text && NEEDS_COMMENT.has(outcome)) throw badUserInput(`${outcome} requires a comment saying why.`, "comment");
  if (text && text.length > COMMENT_MAX) throw badUserInput(`A comment must be at most ${COMMENT_MAX} characters.`, "comment");
  return text;
}
