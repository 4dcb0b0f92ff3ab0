import { describe, expect, it } from "vitest";
import { changesText, changeTag, readQueueFilters, waitingText } from "./review-queue-text";

describe("the review queue in words", () => {
  it("says what a version changed since the one before", () => {
    expect(changesText({ sinceVersion: null, added: ["TSB-01", "TSB-02"], changed: [] })).toBe("First version: 2 items assessed");
    expect(changesText({ sinceVersion: null, added: ["TSB-01"], changed: [] })).toBe("First version: 1 item assessed");
    expect(changesText({ sinceVersion: 1, added: ["TSB-06"], changed: ["TSB-02"] })).toBe("Since version 1: 1 new (TSB-06); 1 changed (TSB-02)");
    expect(changesText({ sinceVersion: 2, added: [], changed: [] })).toBe("Since version 2: no item changed");
    const many = Array.from({ length: 9 }, (_, i) => `TSB-0${i + 1}`);
    expect(changesText({ sinceVersion: 3, added: [], changed: many })).toBe("Since version 3: 9 changed (TSB-01, TSB-02, TSB-03, TSB-04, TSB-05, TSB-06 and 3 more)");
  });

  it("marks the items a version added or changed, and none of a first version's", () => {
    const changes = { sinceVersion: 1, added: ["TSB-06"], changed: ["TSB-02"] };
    expect(["TSB-06", "TSB-02", "TSB-01"].map((code) => changeTag(code, changes))).toEqual(["new since version 1", "changed since version 1", undefined]);
    expect(changeTag("TSB-01", { sinceVersion: null, added: ["TSB-01"], changed: [] })).toBeUndefined();
    expect(changeTag("TSB-01", undefined)).toBeUndefined();
  });

  it("says how long a report has waited", () => {
    const now = new Date("2026-10-01T12:00:00.000Z");
    expect(waitingText("2026-09-28T09:30:00.000Z", now)).toBe("waiting 3 d 2 h");
    expect(waitingText("2026-10-01T12:00:00.000Z", now)).toBe("just now");
  });

  it("reads its filters from the URL, dropping what the hub would refuse", () => {
    const milestones = [{ code: "M6" as const }, { code: "M12" as const }];
    expect(readQueueFilters(new URLSearchParams("milestone=M12&status=UNDER_REVIEW&report=r1"), milestones)).toEqual({ milestone: "M12", status: "UNDER_REVIEW", report: "r1" });
    expect(readQueueFilters(new URLSearchParams("milestone=M99&status=LOST"), milestones)).toEqual({ milestone: undefined, status: "SUBMITTED", report: undefined });
  });
});
