import { type FormEvent, useId, useRef, useState } from "react";
import type { ComplianceReportStatus, ReviewOutcome } from "../gql/graphql";
import { HubRequestError } from "../graphql/hub-error";
import { fieldError } from "../graphql/field-errors";
import { useHubMutation } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { statusLabel, statusStyle } from "./compliance-labels";
import { ComplianceMatrixDocument, ComplianceReportDocument, ReviewComplianceReportDocument, ReviewQueueDocument } from "./compliance-documents";
import { needsComment, reviewMoves } from "./review-moves";

/**
 * Moves a report one step through the review: only the moves the hub allows from its status are
 * offered. A comment is sent as typed; when one is missing the hub says so, beside the comment box.
 * One idempotency key per intended move, so a retry after a lost answer cannot record it twice.
 */
export function ReviewForm({ reportId, status }: { reportId: string; status: ComplianceReportStatus }) {
  const moves = reviewMoves(status);
  const [outcome, setOutcome] = useState<ReviewOutcome>(moves[0]!);
  const [comment, setComment] = useState("");
  const intent = useRef<{ key: string; outcome: ReviewOutcome; comment: string } | undefined>(undefined);
  const review = useHubMutation(ReviewComplianceReportDocument, { refetch: [ComplianceMatrixDocument, ComplianceReportDocument, ReviewQueueDocument] });
  const ids = useId();
  const commentError = fieldError(review.error, "comment");
  const outcomeError = fieldError(review.error, "outcome");
  const otherError = review.error && !commentError && !outcomeError ? review.error : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim();
    if (!intent.current || intent.current.outcome !== outcome || intent.current.comment !== text) {
      intent.current = { key: crypto.randomUUID(), outcome, comment: text };
    }
    review.mutate(
      { input: { reportId, outcome, comment: text || null }, idempotencyKey: intent.current.key },
      {
        // The drawer shows the new status (this form is replaced by then): nothing to do here.
        onSuccess: () => {
          intent.current = undefined;
        },
        onError: (error) => {
          // A refusal is final for this input: the next attempt is a new request, with a new key.
          if (error instanceof HubRequestError && error.code !== "NETWORK_ERROR") intent.current = undefined;
        },
      },
    );
  }

  return (
    <form className="cmp-review-form" onSubmit={submit} aria-labelledby={`${ids}-title`} noValidate>
      <h3 id={`${ids}-title`}>Review</h3>
      <p className="hint">
        The report is <strong>{statusLabel(status)}</strong>. The board can move it to:
      </p>
      <fieldset aria-describedby={outcomeError ? `${ids}-outcome-error` : undefined}>
        <legend>Outcome</legend>
        {moves.map((move) => (
          <label key={move} className="radio">
            <input type="radio" name={`${ids}-outcome`} value={move} checked={outcome === move} onChange={() => setOutcome(move)} />
            <span aria-hidden="true" className="cmp-mark">
              {statusStyle(move).mark}
            </span>
            {statusLabel(move)}
            {needsComment(move) ? <span className="hint"> (needs a comment)</span> : null}
          </label>
        ))}
        {outcomeError ? (
          <p className="field-error" id={`${ids}-outcome-error`}>
            {outcomeError}
          </p>
        ) : null}
      </fieldset>
      <label htmlFor={`${ids}-comment`}>
        Comment{needsComment(outcome) ? " (required for this outcome)" : " (optional)"}
      </label>
      <textarea
        id={`${ids}-comment`}
        rows={4}
        maxLength={4000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        aria-invalid={commentError ? true : undefined}
        aria-describedby={commentError ? `${ids}-comment-error` : undefined}
      />
      {commentError ? (
        <p className="field-error" id={`${ids}-comment-error`}>
          {commentError}
        </p>
      ) : null}
      {otherError ? <ErrorNotice error={otherError} title="The review was not recorded" /> : null}
      <div>
        <button type="submit" className="primary" disabled={review.isPending}>
          {review.isPending ? "Recording…" : "Record review"}
        </button>
      </div>
    </form>
  );
}
