import { useHubQuery } from "../graphql/use-hub";
import { formatDateTime } from "../ui/format";
import { Loading } from "../ui/Page";
import { IncidentRevisionsDocument } from "./incident-documents";

/**
 * The record's history, asked of the caller's own country (only the owner may read it: the view never
 * asks for another country's). A role that may not read it is told so quietly.
 */
export function IncidentRevisions({ id }: { id: string }) {
  const query = useHubQuery(IncidentRevisionsDocument, { id });
  const revisions = query.data?.data?.myCountry?.incident?.revisions;
  return (
    <section aria-labelledby="incident-revisions-title" data-testid="incident-revisions">
      <h3 id="incident-revisions-title">Revisions</h3>
      {query.isPending ? (
        <Loading what="the history" />
      ) : !revisions ? (
        <p className="muted">The history of this record is not available to your role.</p>
      ) : revisions.length === 0 ? (
        <p className="muted">Never revised.</p>
      ) : (
        <ol className="plain-list revisions">
          {revisions.map((revision) => (
            <li key={revision.id}>
              <p>
                <strong>{formatDateTime(revision.revisedAt)}</strong> by {revision.revisedBy}: {revision.reason}
              </p>
              <dl className="facts">
                {Object.entries((revision.previous ?? {}) as Record<string, unknown>).map(([field, value]) => (
                  <div key={field} className="facts-row">
                    <dt>{field} was</dt>
                    <dd className="mono">{JSON.stringify(value)}</dd>
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
