import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { formatDateTime, humanize } from "../ui/format";
import { NotificationClock } from "./NotificationClock";
import type { FiledIncident } from "./ReportForm";
import { useNow } from "../ui/use-now";

/** The hub's answer to a report: the new record's id, when it was filed, and its 72-hour deadline. */
export function FiledIncidentCard({ incident, onFileAnother }: { incident: FiledIncident; onFileAnother(): void }) {
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [incident.id]);
  return (
    <section className="card filed" data-testid="report-filed" aria-labelledby="report-filed-title">
      <h2 id="report-filed-title" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✔ </span>Incident filed in {incident.country}'s register
      </h2>
      <dl className="facts">
        <div>
          <dt>Id</dt>
          <dd>
            <code data-testid="report-filed-id">{incident.id}</code>
          </dd>
        </div>
        <div>
          <dt>Title</dt>
          <dd>{incident.title}</dd>
        </div>
        <div>
          <dt>Severity, classification</dt>
          <dd>
            {humanize(incident.severity)}, {humanize(incident.classification)}
          </dd>
        </div>
        <div>
          <dt>Reported at</dt>
          <dd>
            <time dateTime={incident.reportedAt}>{formatDateTime(incident.reportedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>72-hour deadline</dt>
          <dd data-testid="report-filed-deadline">
            {incident.notificationDeadline ? (
              <>
                <time dateTime={incident.notificationDeadline}>{formatDateTime(incident.notificationDeadline)}</time> (72 hours after detection)
              </>
            ) : (
              "None: not a high-risk deployment"
            )}
          </dd>
        </div>
        <div>
          <dt>Notification</dt>
          <dd>
            <NotificationClock status={incident.notificationStatus} deadline={incident.notificationDeadline} now={now} />
          </dd>
        </div>
      </dl>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onFileAnother}>
          File another incident
        </button>
        <Link to={{ search: `?section=incidents&incident=${encodeURIComponent(incident.id)}` }}>Open it to revise</Link>
      </div>
    </section>
  );
}
