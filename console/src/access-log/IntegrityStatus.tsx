import { useHubQuery } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { AccessLogIntegrityDocument } from "./documents";
import { integrityText } from "./integrity-text";

/**
 * The hash chain's check, answered plainly ("Valid…" or "Broken at entry N…"). The quick check starts at
 * the last verified checkpoint; the whole-log check recomputes from the first entry.
 */
export function IntegrityStatus({ full, onFullCheck }: { full: boolean; onFullCheck(): void }) {
  const query = useHubQuery(AccessLogIntegrityDocument, { full });
  const answer = query.data?.data?.myCountry?.accessLogIntegrity;
  const text = answer ? integrityText(answer) : undefined;
  return (
    <section className={`card integrity${answer ? (answer.valid ? " integrity-valid" : " integrity-broken") : ""}`} aria-labelledby="integrity-title">
      <h2 id="integrity-title">Integrity of the log</h2>
      {query.isPending ? <Loading what="the integrity check" /> : null}
      {query.error ? <ErrorNotice error={query.error} title="The integrity check did not answer" /> : null}
      {query.data ? <PartialAnswer errors={query.data.errors} /> : null}
      {answer && text ? (
        <div className="integrity-answer" role="status">
          <span className="integrity-mark" aria-hidden="true">
            {answer.valid ? "✔" : "✖"}
          </span>
          <p data-testid="access-log-integrity">
            <strong>{text.headline}</strong>: {text.detail}
          </p>
        </div>
      ) : null}
      {answer?.valid && answer.head ? (
        <p className="hint">
          Hash of the last entry: <code className="hash">{answer.head}</code>
        </p>
      ) : null}
      <div className="form-actions">
        {full ? (
          <span className="hint">Checked from the first entry{query.isFetching ? "…" : "."}</span>
        ) : (
          <button type="button" onClick={onFullCheck}>
            Check the whole log from the first entry
          </button>
        )}
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          Check again
        </button>
      </div>
    </section>
  );
}
