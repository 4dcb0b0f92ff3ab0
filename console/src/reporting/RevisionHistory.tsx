import { formatDateTime } from "../ui/format";
import { replacedValues } from "./revision-history";

interface Revision {
  id: string;
  revisedAt: string;
  revisedBy: string;
  reason: string;
  previous: unknown;
}

/** The record's history, oldest first: who revised it, when, why, and the values each revision replaced. */
export function RevisionHistory({ revisions }: { revisions: readonly Revision[] | null }) {
  return (
    <section aria-labelledby="revisions-title" data-testid="revisions">
      <h3 id="revisions-title">Revisions</h3>
      {!revisions ? (
        <p className="hint">The history is kept by the owning country only.</p>
      ) : revisions.length === 0 ? (
        <p>Not revised since it was filed.</p>
      ) : (
        <ol className="revisions">
          {revisions.map((revision) => (
            <li key={revision.id} data-testid="revision">
              <p>
                <time dateTime={revision.revisedAt}>{formatDateTime(revision.revisedAt)}</time> by <strong>{revision.revisedBy}</strong>: {revision.reason}
              </p>
              <dl className="replaced">
                {replacedValues(revision.previous).map((replaced) => (
                  <div key={replaced.field}>
                    <dt>{replaced.label} was</dt>
                    <dd>{replaced.value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
