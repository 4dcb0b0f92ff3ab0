import type { NotificationStatus } from "../gql/graphql";
import { formatDuration } from "../ui/format";

export interface ClockReading {
  /** "Overdue" past the deadline (exactly 72 hours is still on time), "Pending" before it. */
  label: "Pending" | "Overdue";
  /** "1 d 20 h left", "Overdue by 3 h 5 min" */
  text: string;
  /** Negative once overdue: sorts the most urgent first. */
  msLeft: number;
}

/** The 72-hour clock of an incident not yet notified, read now (it keeps running between answers). */
export function readClock(deadline: string, now: Date): ClockReading {
  const msLeft = new Date(deadline).getTime() - now.getTime();
  return msLeft >= 0
    ? { label: "Pending", text: `${formatDuration(msLeft)} left`, msLeft }
    : { label: "Overdue", text: `Overdue by ${formatDuration(msLeft)}`, msLeft };
}

/** An incident's 72-hour rule in words, whatever its status. */
export function notificationText(status: NotificationStatus, deadline: string | null | undefined, now: Date): string {
  switch (status) {
    case "NOT_REQUIRED":
      return "Not required (not a high-risk deployment)";
    case "ON_TIME":
      return "Notified within 72 hours";
    case "LATE":
      return "Notified late (after 72 hours)";
    case "PENDING":
    case "OVERDUE":
      return deadline ? readClock(deadline, now).text : status === "OVERDUE" ? "Overdue" : "Pending";
  }
}

/** Most urgent first: the longest overdue, then the least time left. */
export function byUrgency<T extends { notificationDeadline: string | null }>(items: readonly T[], now: Date): T[] {
  const left = (item: T) => (item.notificationDeadline ? readClock(item.notificationDeadline, now).msLeft : Number.POSITIVE_INFINITY);
  return [...items].sort((a, b) => left(a) - left(b));
}
