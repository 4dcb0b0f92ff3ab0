import { describe, expect, it } from "vitest";
import { NotificationStatus, notificationDeadline, notificationStatus } from "./notification-clock.js";

const detected = new Date("2026-11-01T00:00:00.000Z");
const at = (hours: number, seconds = 0) => new Date(detected.getTime() + hours * 3_600_000 + seconds * 1000);

describe("the 72-hour notification clock", () => {
  it("is not running for deployments that are not high-risk", () => {
    expect(notificationStatus({ highRisk: false, detectedAt: detected, notifiedAt: null }, at(500))).toBe(NotificationStatus.NOT_REQUIRED);
    expect(notificationDeadline({ highRisk: false, detectedAt: detected, notifiedAt: null })).toBeNull();
  });

  it.each([
    ["notified exactly 72 h after detection", at(72), at(100), NotificationStatus.ON_TIME],
    ["notified one second later", at(72, 1), at(100), NotificationStatus.LATE],
    ["notified at once", at(0), at(1), NotificationStatus.ON_TIME],
    ["not notified, exactly at the deadline", null, at(72), NotificationStatus.PENDING],
    ["not notified, one second past the deadline", null, at(72, 1), NotificationStatus.OVERDUE],
    ["not notified, inside the window", null, at(10), NotificationStatus.PENDING],
  ])("%s: %s", (_name, notifiedAt, now, status) => {
    expect(notificationStatus({ highRisk: true, detectedAt: detected, notifiedAt }, now)).toBe(status);
    expect(notificationDeadline({ highRisk: true, detectedAt: detected, notifiedAt })).toEqual(at(72));
  });
});
