import { Link } from "react-router";
import type { OpenNotificationsQuery } from "../gql/graphql";
import { useHubQuery } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatDateTime, humanize } from "../ui/format";
import { Loading } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { OpenNotificationsDocument } from "./documents";
import { byUrgency, readClock } from "./notification-clock";
import { NotificationClock } from "./NotificationClock";
import { useNow } from "../ui/use-now";

type OpenIncident = NonNullable<NonNullable<OpenNotificationsQuery["myCountry"]>["incidents"]>["nodes"][number];

export function useOpenNotifications() {
  return useHubQuery(OpenNotificationsDocument, {}, { refetchInterval: 60_000 });
}

function countOverdue(nodes: readonly OpenIncident[], now: Date): number {
  return nodes.filter((n) => n.notificationDeadline && readClock(n.notificationDeadline, now).label === "Overdue").length;
}

/** One line above every section: how many high-risk incidents still await notification, overdue first. */
export function NotificationSummary() {
  const query = useOpenNotifications();
  const now = useNow();
  const incidents = query.data?.data?.myCountry?.incidents;
  if (!incidents) return null;
  const overdue = countOverdue(incidents.nodes, now);
  const pending = incidents.totalCount - overdue;
  if (incidents.totalCount === 0) {
    return (
      <p className="notice notice-info" data-testid="notification-summary">
        72-hour notifications: none waiting. Every high-risk incident of {query.data?.data?.myCountry?.code} has been notified.
      </p>
    );
  }
  return (
    <p className={`notice ${overdue ? "notice-error" : "notice-warning"}`} data-testid="notification-summary">
      <strong>72-hour notifications:</strong> {overdue > 0 ? <strong>{overdue} overdue</strong> : "none overdue"}, {pending} pending.{" "}
      <Link to={{ search: "?section=notifications" }}>See the clocks</Link>
    </p>
  );
}

/** The own country's high-risk incidents not yet notified, the most urgent first, with time left. */
export function OpenNotifications() {
  const query = useOpenNotifications();
  const now = useNow();
  if (query.isPending) return <Loading what="the 72-hour clocks" />;
  if (query.error) return <ErrorNotice error={query.error} title="The 72-hour clocks could not be read" />;
  const country = query.data.data?.myCountry;
  const incidents = country?.incidents;
  return (
    <section className="card" aria-labelledby="clocks-title">
      <h2 id="clocks-title">72-hour notifications waiting</h2>
      <p className="hint">
        High-risk incidents of {country?.code} not yet notified: each must be notified within 72 hours of its detection. Open one to record when it was
        notified.
      </p>
      <PartialAnswer errors={query.data.errors} />
      {!incidents ? null : incidents.nodes.length === 0 ? (
        <p>None: every high-risk incident has been notified.</p>
      ) : (
        <>
          {incidents.totalCount > incidents.nodes.length ? (
            <p className="hint">
              Showing {incidents.nodes.length} of {incidents.totalCount}.
            </p>
          ) : null}
          <div className="table-scroll">
            <table className="notifications-table">
              <caption className="visually-hidden">Incidents awaiting notification, most urgent first</caption>
              <thead>
                <tr>
                  <th scope="col">Time left</th>
                  <th scope="col">Incident</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Detected</th>
                  <th scope="col">Deadline</th>
                </tr>
              </thead>
              <tbody>
                {byUrgency(incidents.nodes, now).map((incident) => {
                  const overdue = incident.notificationDeadline ? readClock(incident.notificationDeadline, now).label === "Overdue" : false;
                  return (
                    <tr key={incident.id} className={overdue ? "row-overdue" : undefined} data-testid="notification-row">
                      <td>
                        <NotificationClock status={incident.notificationStatus} deadline={incident.notificationDeadline} now={now} />
                      </td>
                      <td>
                        <Link to={{ search: `?section=notifications&incident=${encodeURIComponent(incident.id)}` }}>{incident.title}</Link>
                        {incident.demo ? <span className="tag">Demo record</span> : null}
                      </td>
                      <td>{humanize(incident.severity)}</td>
                      <td>{formatDateTime(incident.detectedAt)}</td>
                      <td>{formatDateTime(incident.notificationDeadline)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
