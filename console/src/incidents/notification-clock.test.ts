import { describe, expect, it } from "vitest";
import { readClock } from "./notification-clock";

const detected = "2026-12-01T00:00:00.000Z";
const deadline = "2026-12-04T00:00:00.000Z";
const base = { highRisk: true, detectedAt: detected, notifiedAt: null, notificationDeadline: deadline, notificationStatus: "PENDING" as const };

describe("readClock", () => {
  it("counts down while notification is pending", () => {
    expect(readClock(base, new Date("2026-12-03T20:40:00.000Z"))).toEqual({ status: "PENDING", text: "3 h 20 min left to notify.", tone: "warning" });
  });

  it("turns overdue by itself once the deadline passes", () => {
    expect(readClock(base, new Date("2026-12-06T02:00:00.000Z"))).toEqual({ status: "OVERDUE", text: "Not notified: overdue by 2 d 2 h.", tone: "danger" });
  });

  it("tells on-time from late, exactly 72 hours still on time", () => {
    expect(readClock({ ...base, notifiedAt: deadline, notificationStatus: "ON_TIME" }, new Date())).toMatchObject({ status: "ON_TIME", text: "Notified 0 min before the deadline.", tone: "ok" });
    expect(readClock({ ...base, notifiedAt: "2026-12-04T05:00:00.000Z", notificationStatus: "LATE" }, new Date())).toMatchObject({ status: "LATE", text: "Notified 5 h 0 min after the deadline." });
  });

  it("needs no clock for a system not deployed as high-risk, and says when the deadline is unknown", () => {
    expect(readClock({ ...base, highRisk: false, notificationDeadline: null, notificationStatus: "NOT_REQUIRED" }, new Date()).status).toBe("NOT_REQUIRED");
    expect(readClock({ ...base, detectedAt: null, notificationDeadline: null }, new Date())).toMatchObject({ text: "No deadline: the detection time is not recorded." });
  });
});
