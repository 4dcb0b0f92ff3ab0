import { describe, expect, it } from "vitest";
import { buildTimeline, ticks } from "./timeline";

const NOW = new Date("2026-07-01T00:00:00Z");
const grant = (id: string, validFrom: string, validUntil: string, revokedAt: string | null = null) => ({ id, validFrom, validUntil, revokedAt });

describe("buildTimeline", () => {
  it("spans the earliest start to the latest end, padded, with today inside", () => {
    const timeline = buildTimeline([grant("a", "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z")], NOW);
    const [bar] = timeline.bars;
    expect(bar!.startPct).toBeGreaterThan(0);
    expect(bar!.endPct).toBeLessThan(100);
    expect(bar!.startPct).toBeLessThan(timeline.todayPct);
    expect(timeline.todayPct).toBeLessThan(bar!.endPct);
    expect(bar!.status).toBe("ACTIVE");
    expect(bar!.plannedEndPct).toBe(bar!.endPct);
    expect(bar!.continues).toBe(false);
    expect(Date.parse(timeline.start)).toBeLessThan(Date.parse("2026-01-01T00:00:00Z"));
    expect(Date.parse(timeline.end)).toBeGreaterThan(Date.parse("2026-12-31T00:00:00Z"));
  });

  it("includes today when every grant is in the past", () => {
    const timeline = buildTimeline([grant("a", "2025-01-01T00:00:00Z", "2025-06-01T00:00:00Z")], NOW);
    expect(timeline.bars[0]!.status).toBe("EXPIRED");
    expect(timeline.bars[0]!.endPct).toBeLessThan(timeline.todayPct);
    expect(timeline.todayPct).toBeLessThan(100);
  });

  it("cuts a revoked grant's bar at the revocation and keeps where it would have ended", () => {
    const [bar] = buildTimeline([grant("a", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "2026-04-01T00:00:00Z")], NOW).bars;
    expect(bar!.status).toBe("REVOKED");
    expect(bar!.endPct).toBeGreaterThan(bar!.startPct);
    expect(bar!.plannedEndPct).toBeGreaterThan(bar!.endPct);
  });

  it("gives no length to a grant revoked before it began", () => {
    const [bar] = buildTimeline([grant("a", "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z", "2026-06-15T00:00:00Z")], NOW).bars;
    expect(bar!.endPct).toBe(bar!.startPct);
  });

  it("stops the axis five years after the last start, marking a grant that runs on", () => {
    const timeline = buildTimeline(
      [grant("long", "2026-06-01T00:00:00Z", "2199-12-31T00:00:00Z"), grant("short", "2026-06-01T00:00:00Z", "2026-09-01T00:00:00Z")],
      NOW,
    );
    const [long, short] = timeline.bars;
    expect(long!.continues).toBe(true);
    expect(long!.endPct).toBe(100);
    expect(short!.continues).toBe(false);
    expect(short!.endPct - short!.startPct).toBeGreaterThan(1);
    expect(Date.parse(timeline.end)).toBeLessThan(Date.parse("2032-01-01T00:00:00Z"));
  });

  it("draws an axis around today when there are no grants", () => {
    const timeline = buildTimeline([], NOW);
    expect(timeline.bars).toEqual([]);
    expect(timeline.todayPct).toBeGreaterThan(0);
    expect(timeline.todayPct).toBeLessThan(100);
    expect(timeline.ticks.length).toBeGreaterThan(0);
  });
});

describe("ticks", () => {
  it("puts month starts on a short axis", () => {
    const result = ticks(Date.parse("2026-01-15T00:00:00Z"), Date.parse("2026-05-20T00:00:00Z"));
    expect(result.map((t) => t.at)).toEqual(["2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", "2026-05-01T00:00:00.000Z"]);
    expect(result.every((t) => t.unit === "month" && t.pct > 0 && t.pct < 100)).toBe(true);
  });

  it("steps by quarters on a year and a half", () => {
    const result = ticks(Date.parse("2026-01-01T00:00:00Z"), Date.parse("2027-06-30T00:00:00Z"));
    expect(result.map((t) => t.at.slice(0, 7))).toEqual(["2026-01", "2026-04", "2026-07", "2026-10", "2027-01", "2027-04"]);
    expect(result[0]!.pct).toBe(0);
  });

  it("steps further when fewer labels fit", () => {
    const result = ticks(Date.parse("2026-01-15T00:00:00Z"), Date.parse("2026-05-20T00:00:00Z"), 2);
    expect(result.map((t) => t.at.slice(0, 7))).toEqual(["2026-04"]);
  });

  it("steps by years on a long axis, at most eight labels", () => {
    const result = ticks(Date.parse("2026-03-01T00:00:00Z"), Date.parse("2031-03-01T00:00:00Z"));
    expect(result.map((t) => t.at.slice(0, 7))).toEqual(["2027-01", "2028-01", "2029-01", "2030-01", "2031-01"]);
    expect(result.every((t) => t.unit === "year")).toBe(true);
  });
});
