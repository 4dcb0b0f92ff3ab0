import type { NotificationStatus } from "../gql/graphql";
import { formatDuration } from "../ui/format";

export interface ClockInput {
  highRisk: boolean;
  detectedAt: string | null;
  notifiedAt: string | null;
  notificationDeadline: string | null;
  notificationStatus: NotificationStatus;
}

export interface ClockReading {
  /** What the hub says, or OVERDUE once a PENDING deadline has passed while the drawer stayed open. */
  status: NotificationStatus;
  /** "5 h 20 min left", "Overdue by 2 d 3 h", "Notified 4 h before the deadline". */
  text: string;
  tone: "neutral" | "ok" | "warning" | "danger";
}

/**
 * The 72-hour rule read at `now`: the hub's status is computed when it answered, so a clock left open
 * counts down by itself and turns overdue without asking the hub again.
 */
export function readClock(incident: ClockInput, now: Date): ClockReading {
  const deadline = incident.notificationDeadline ? Date.parse(incident.notificationDeadline) : undefined;
  const notified = incident.notifiedAt ? Date.parse(incident.notifiedAt) : undefined;
  if (incident.notificationStatus === "NOT_REQUIRED" || !incident.highRisk) {
    return { status: "NOT_REQUIRED", text: "Not required: the system is not deployed as high-risk.", tone: "neutral" };
  }
  if (deadline === undefined) {
    return { status: incident.notificationStatus, text: "No deadline: the detection time is not recorded.", tone: "warning" };
  }
  if (notified !== undefined) {
    const margin = deadline - notified;
    return margin >= 0
      ? { status: "ON_TIME", text: `Notified ${formatDuration(margin)} before the deadline.`, tone: "ok" }
      : { status: "LATE", text: `Notified ${formatDuration(margin)} after the deadline.`, tone: "danger" };
  }
  const left = deadline - now.getTime();
  return left >= 0
    ? { status: "PENDING", text: `${formatDuration(left)} left to notify.`, tone: "warning" }
    : { status: "OVERDUE", text: `Not notified: overdue by ${formatDuration(left)}.`, tone: "danger" };
}
