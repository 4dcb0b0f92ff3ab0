import { describe, expect, it } from "vitest";
import { SEVERITY_MARKS } from "./incident-marks";
import type { CountryResult } from "./incident-rows";
import { row } from "./test-rows";
import { timelineHeight, timelineLanes, timelineOption, timelineSeries, timePadding, tooltipText } from "./timeline-option";

const results: CountryResult[] = [
  {
    code: "JP",
    name: "Japan",
    answered: true,
    totalCount: 2,
    nextCursor: undefined,
    rows: [
      row({ id: "a", country: "JP", severity: "DISASTER", classification: "RESTRICTED", occurredAt: "2026-10-05T20:18:42.499Z" }),
      row({ id: "b", country: "JP", severity: "HAZARD", classification: "PUBLIC", occurredAt: "2026-09-01T00:00:00.000Z" }),
    ],
  },
  { code: "KR", name: "Korea", answered: false, totalCount: undefined, nextCursor: undefined, rows: [] },
  { code: "US", name: "United States", answered: true, totalCount: 1, nextCursor: undefined, rows: [row({ id: "c", country: "US", severity: "DISASTER", classification: "SHARED" })] },
];

describe("timeline", () => {
  it("gives every asked country a lane, and says which did not answer", () => {
    expect(timelineLanes(results)).toEqual(["JP", "KR (no answer)", "US"]);
    expect(timelineHeight(3)).toBe(208);
    expect(timelineHeight(0)).toBe(180);
  });

  it("leaves room before the first and after the last incident", () => {
    const day = 86_400_000;
    expect(timePadding(0, 10 * day)).toBe(day);
    expect(timePadding(0, 1000 * day)).toBe(30 * day);
    const axis = timelineOption(results, "Timeline").xAxis;
    expect([axis.min({ min: 100 * day, max: 200 * day }), axis.max({ min: 100 * day, max: 200 * day })]).toEqual([97 * day, 203 * day]);
  });

  it("draws one series per severity, in the severity's colour and shape, every point in its country's lane", () => {
    const series = timelineSeries(results);
    expect(series.map((s) => s.name)).toEqual(["Hazard", "Serious hazard", "Incident", "Serious incident", "Disaster"]);
    const disaster = series[4]!;
    expect(disaster.symbol).toBe(SEVERITY_MARKS.DISASTER.symbol);
    expect(disaster.itemStyle.color).toBe(SEVERITY_MARKS.DISASTER.colour);
    expect(disaster.data.map((d) => [d.id, d.country, d.value])).toEqual([
      ["a", "JP", ["2026-10-05T20:18:42.499Z", 0]],
      ["c", "US", ["2026-10-01T00:00:00.000Z", 2]],
    ]);
    expect(new Set(series.map((s) => s.symbol)).size).toBe(5);
  });

  it("marks the classification by fill, outline and a text tag", () => {
    const [hazard, , , , disaster] = timelineSeries(results);
    const restricted = disaster!.data[0]!;
    expect(restricted.label.formatter).toBe("R");
    expect(restricted.itemStyle).toEqual({ color: SEVERITY_MARKS.DISASTER.colour, borderColor: "#1b1f24", borderWidth: 3, opacity: 1 });
    const shared = disaster!.data[1]!;
    expect(shared.label.formatter).toBe("S");
    const publicPoint = hazard!.data[0]!;
    expect(publicPoint.label.formatter).toBe("P");
    expect(publicPoint.itemStyle).toEqual({ color: "#ffffff", borderColor: SEVERITY_MARKS.HAZARD.colour, borderWidth: 2, opacity: 1 });
  });

  it("writes the tooltip as plain text, never markup", () => {
    const text = tooltipText(row({ id: "x", country: "JP", title: "{b|bold} <img src=x>", severity: "SERIOUS_HAZARD", classification: "NATIONAL_SECURITY", occurredAt: "2026-10-05T20:18:42.499Z" }));
    expect(text).toBe(" b bold  <img src=x>\nJP · Serious hazard · National security\nOccurred 2026-10-05 20:18 UTC");
    const option = timelineOption(results, "Timeline");
    expect(option.aria.label.description).toBe("Timeline");
    expect(option.tooltip.renderMode).toBe("richText");
    expect(option.tooltip.formatter({ data: { id: "a", country: "JP", value: ["", 0] } })).toContain("Incident a");
    expect(option.tooltip.formatter({})).toBe("");
  });
});
