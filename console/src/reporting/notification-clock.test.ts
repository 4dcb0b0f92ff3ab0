import { describe, expect, it } from "vitest";
import { byUrgency, notificationText, readClock } from "./notification-clock";

const now = new Date("2026-12-02T04:00:00Z");

describe("readClock", () => {
  it("says the time left before the deadline, exactly 72 hours included", () => {
    expect(readClock("2026-12-03T06:30:00Z", now)).toEqual({ label: "Pending", text: "1 d 2 h left", msLeft: 95_400_000 });
    expect(readClock("2026-12-02T04:45:00Z", now).text).toBe("45 min left");
    expect(readClock("2026-12-02T04:00:00Z", now).label).toBe("Pending");
  });

  it("says how long overdue after it", () => {
    expect(readClock("2026-12-02T01:50:00Z", now)).toEqual({ label: "Overdue", text: "Overdue by 2 h 10 min", msLeft: -7_800_000 });
  });
});

describe("notificationText", () => {
  it("puts each status in words", () => {
    expect(notificationText("NOT_REQUIRED", null, now)).toBe("Not required (not a high-risk deployment)");
    expect(notificationText("ON_TIME", "2026-12-01T00:00:00Z", now)).toBe("Notified within 72 hours");
    expect(notificationText("LATE", "2026-12-01T00:00:00Z", now)).toBe("Notified late (after 72 hours)");
    expect(notificationText("PENDING", "2026-12-02T05:00:00Z", now)).toBe("1 h 0 min left");
    expect(notificationText("OVERDUE", "2026-11-30T04:00:00Z", now)).toBe("Overdue by 2 d 0 h");
  });
});

describe("byUrgency", () => {
  it("puts the longest overdue first, then the least time left", () => {
    const items = [
      { id: "later", notificationDeadline: "2026-12-04T00:00:00Z" },
      { id: "overdue", notificationDeadline: "2026-11-01T00:00:00Z" },
      { id: "soon", notificationDeadline: "2026-12-02T05:00:00Z" },
      { id: "none", notificationDeadline: null },
    ];
    expect(byUrgency(items, now).map((i) => i.id)).toEqual(["overdue", "soon", "later", "none"]);
  });
});
