import { Link, useSearchParams } from "react-router";
import { type HubError, unavailableCountries } from "../graphql/hub-error";
import { formatDate, humanize } from "../ui/format";
import { writeOpenIncident } from "./incident-filters";
import type { IncidentDetail } from "./IncidentDrawer";

/**
 * Other countries' records of the same event. Each was fetched from its owner under the owner's rules:
 * it may be there, hidden from the caller (null, exactly as for an id that never existed), or missing
 * because the owner did not answer.
 */
export function RelatedIncidents({ related, errors }: { related: IncidentDetail["relatedIncidents"]; errors: readonly HubError[] }) {
  const [params] = useSearchParams();
  const down = new Map(unavailableCountries(errors).map((m) => [m.country, m]));
  return (
    <section aria-labelledby="related-incidents-title">
      <h3 id="related-incidents-title">Related incidents in other countries</h3>
      {related.length === 0 ? (
        <p className="muted">None linked.</p>
      ) : (
        <ul className="plain-list related-list">
          {related.map((ref) => {
            const missing = down.get(ref.country);
            return (
              <li key={`${ref.country}.${ref.id}`} data-related-country={ref.country} data-related-id={ref.id}>
                <strong>{ref.country}</strong>{" "}
                {ref.incident ? (
                  <>
                    <Link to={{ search: writeOpenIncident(params, { country: ref.country, id: ref.id }).toString() }}>{ref.incident.title}</Link> ({humanize(ref.incident.severity)},{" "}
                    {humanize(ref.incident.classification)}, occurred {formatDate(ref.incident.occurredAt)})
                  </>
                ) : missing ? (
                  <span className="related-state">
                    {ref.country} did not answer ({missing.reason.replaceAll("_", " ")}): this record cannot be shown now. <code className="error-code">NATION_UNAVAILABLE</code>
                  </span>
                ) : (
                  <span className="related-state">
                    Not shown: {ref.country} gives you no record with this id (it does not exist, or you may not see it).
                  </span>
                )}
                <span className="mono related-id">{ref.id}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
