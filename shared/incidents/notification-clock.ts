/**
 * The Tokyo Safety Baseline's 72-hour rule: a safety incident in a high-risk deployment must be
 * notified to the national authority within 72 hours of its detection.
 */
export const NOTIFICATION_WINDOW_HOURS = 72;
const WINDOW_MS = NOTIFICATION_WINDOW_HOURS * 3_600_000;

export enum NotificationStatus {
  NOT_REQUIRED = "NOT_REQUIRED",
  PENDING = "PENDING",
  ON_TIME = "ON_TIME",
  LATE = "LATE",
  OVERDUE = "OVERDUE",
}

export interface NotificationFacts {
  highRisk: boolean;
  detectedAt: Date | null;
  notifiedAt: Date | null;
}

export function notificationDeadline({ highRisk, detectedAt }: NotificationFacts): Date | null {
  return highRisk && detectedAt ? new Date(detectedAt.getTime() + WINDOW_MS) : null;
}

/** Exactly 72 hours after detection is still on time; one millisecond more is late. */
export function notificationStatus(facts: NotificationFacts, now: Date): NotificationStatus {
  const deadline = notificationDeadline(facts);
  if (!deadline) return NotificationStatus.NOT_REQUIRED;
  if (facts.notifiedAt) return facts.notifiedAt <= deadline ? NotificationStatus.ON_TIME : NotificationStatus.LATE;
  return now <= deadline ? NotificationStatus.PENDING : NotificationStatus.OVERDUE;
}
