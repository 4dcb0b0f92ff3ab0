import { formatDateTime, humanize } from "../ui/format";
import type { IncidentDetail } from "./IncidentDrawer";
import { MarkIcon } from "./IncidentMark";

/** The OECD common reporting framework's fields of one incident. */
export function IncidentFacts({ incident, countryName }: { incident: IncidentDetail; countryName: string }) {
  const list = (values: readonly string[], format: (v: string) => string = (v) => v) => (values.length ? values.map(format).join(", ") : "None recorded");
  return (
    <section aria-labelledby="incident-facts-title">
      <h3 id="incident-facts-title">What happened</h3>
      {incident.demo ? <p className="tag">Demo record: not a real event</p> : null}
      <p className="incident-summary">{incident.summary}</p>
      <dl className="facts">
        <dt>Country</dt>
        <dd>
          {countryName} ({incident.country})
        </dd>
        <dt>Severity</dt>
        <dd>
          <span className="severity-label">
            <MarkIcon severity={incident.severity} classification={incident.classification} />
            {humanize(incident.severity)}
          </span>
        </dd>
        <dt>Classification</dt>
        <dd data-testid="incident-classification">{humanize(incident.classification)}</dd>
        <dt>Occurred</dt>
        <dd>{formatDateTime(incident.occurredAt)}</dd>
        <dt>Detected</dt>
        <dd>{formatDateTime(incident.detectedAt)}</dd>
        <dt>Reported to the authority</dt>
        <dd>{formatDateTime(incident.reportedAt)}</dd>
        <dt>Last revised</dt>
        <dd>{incident.updatedAt ? formatDateTime(incident.updatedAt) : "Never"}</dd>
        <dt>Final report</dt>
        <dd>{incident.finalReportAt ? formatDateTime(incident.finalReportAt) : "Not yet: updates are expected"}</dd>
        <dt>Harm types</dt>
        <dd>{list(incident.harmTypes, humanize)}</dd>
        <dt>Affected stakeholders</dt>
        <dd>{list(incident.affectedStakeholders)}</dd>
        <dt>Countries affected</dt>
        <dd>{list(incident.countriesAffected)}</dd>
        <dt>Reporter</dt>
        <dd>{incident.reporter ?? "Not recorded"}</dd>
        <dt>Record id</dt>
        <dd className="mono">{incident.id}</dd>
      </dl>
    </section>
  );
}
