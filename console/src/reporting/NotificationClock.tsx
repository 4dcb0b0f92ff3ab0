import type { NotificationStatus } from "../gql/graphql";
import { notificationText, readClock } from "./notification-clock";

/**
 * An incident's 72-hour rule, in words first: "Overdue" is written out (with a mark and a colour as
 * extra signals), never told by colour alone.
 */
export function NotificationClock({ status, deadline, now }: { status: NotificationStatus; deadline: string | null | undefined; now: Date }) {
  if ((status === "PENDING" || status === "OVERDUE") && deadline) {
    const clock = readClock(deadline, now);
    return clock.label === "Overdue" ? (
      <span className="clock clock-overdue">
        <span aria-hidden="true">⚠ </span>
        <strong>Overdue</strong> by {clock.text.replace(/^Overdue by /, "")}
      </span>
    ) : (
      <span className="clock clock-pending">
        <strong>Pending</strong>: {clock.text}
      </span>
    );
  }
  return <span className="clock">{notificationText(status, deadline, now)}</span>;
}
