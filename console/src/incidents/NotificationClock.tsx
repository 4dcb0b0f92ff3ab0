import { formatDateTime, humanize } from "../ui/format";
import { useNow } from "../ui/use-now";
import { type ClockInput, readClock } from "./notification-clock";

/** The 72-hour rule for one incident: the deadline, the time left or overdue, and the status. */
export function NotificationClock({ incident }: { incident: ClockInput }) {
  const now = useNow(30_000);
  const clock = readClock(incident, now);
  return (
    <section aria-labelledby="notification-clock-title" className={`clock clock-${clock.tone}`} data-testid="notification-clock">
      <h3 id="notification-clock-title">72-hour notification</h3>
      <p className="clock-reading">
        <strong data-testid="notification-status">{humanize(clock.status)}</strong>: {clock.text}
      </p>
      <dl className="facts">
        <dt>High-risk deployment</dt>
        <dd>{incident.highRisk ? "Yes: the 72-hour rule applies" : "No"}</dd>
        <dt>Detected</dt>
        <dd>{formatDateTime(incident.detectedAt)}</dd>
        <dt>Deadline (detection + 72 h)</dt>
        <dd>{formatDateTime(incident.notificationDeadline)}</dd>
        <dt>Authority notified</dt>
        <dd>{incident.notifiedAt ? formatDateTime(incident.notifiedAt) : "Not yet"}</dd>
      </dl>
    </section>
  );
}
