import { describe, expect, it } from "vitest";
import { LEVELS } from "./compliance-labels";
import { type HeatmapDatum, heatmapData, heatmapLayout, heatmapOption } from "./heatmap-option";
import { matrixRows } from "./matrix-model";
import { INDICATORS, ITEMS, MATRIX, REPORTS } from "./test-fixtures";

const level = (name: string) => LEVELS.findIndex((style) => style.level === name);

describe("the matrix as a heat map", () => {
  const rows = matrixRows(MATRIX, REPORTS, INDICATORS);

  it("has one cell per country and item: x the item, y the country, value the rating's level", () => {
    const data = heatmapData(rows, ITEMS);
    expect(data).toHaveLength(rows.length * ITEMS.length);
    expect(data.map((d) => [d.country, d.item, ...d.value])).toEqual([
      ["JP", "TSB-01", 0, 0, level("COMPLIANT")],
      ["JP", "TSB-16", 1, 0, level("NOT_RATED")],
      ["KR", "TSB-01", 0, 1, level("NON_COMPLIANT")],
      ["KR", "TSB-16", 1, 1, level("PARTIALLY_COMPLIANT")],
      ["US", "TSB-01", 0, 2, level("NO_REPORT")],
      ["US", "TSB-16", 1, 2, level("NO_REPORT")],
    ]);
  });

  it("prints the rating's letters and the review's mark in each cell, in ink that reads on its colour", () => {
    const data = heatmapData(rows, ITEMS);
    expect(data[0]).toMatchObject({ mark: "C ✓", words: "Compliant, Accepted", label: { color: "#ffffff" } });
    expect(data[3]).toMatchObject({ mark: "PC ?", words: "Partially compliant, Under review", label: { color: "#1b1f24" } });
    expect(data[4]).toMatchObject({ mark: "", words: "No report" });
  });

  it("follows the items' order, not the cells'", () => {
    const data = heatmapData(rows, [ITEMS[1]!, ITEMS[0]!]);
    expect(data[0]).toMatchObject({ country: "JP", item: "TSB-16", value: [0, 0, level("NOT_RATED")] });
  });

  it("shows five countries whole, and fifty as a window of rows with a slider", () => {
    const five = heatmapLayout(1000, 5, 30);
    expect(five.visibleRows).toBe(5);
    const fifty = heatmapLayout(1000, 50, 30);
    expect(fifty.visibleRows).toBeLessThan(50);
    expect(fifty.height).toBeLessThan(700);
    const option = heatmapOption(rows, ITEMS, heatmapLayout(1000, rows.length, ITEMS.length), "test") as { dataZoom: unknown[] };
    expect(option.dataZoom).toEqual([]);
  });

  it("does not stretch a few items into wide bars", () => {
    expect(heatmapLayout(1000, 5, 3).width).toBeLessThan(1000);
    expect(heatmapLayout(1000, 5, 30).width).toBe(1000);
  });

  it("keeps cells wide enough to read: a narrow screen shows fewer items at once", () => {
    const wide = heatmapLayout(1000, 50, 30);
    const narrow = heatmapLayout(360, 50, 30);
    expect(narrow.narrow).toBe(true);
    expect(narrow.visibleColumns).toBeLessThan(wide.visibleColumns);
    for (const [width, layout] of [[1000, wide], [360, narrow]] as const) {
      expect((width - layout.gridLeft - layout.gridRight) / layout.visibleColumns).toBeGreaterThanOrEqual(40);
    }
  });

  it("scrolls the indicators with the countries, and draws tooltips on the canvas (no HTML for the CSP to refuse)", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...rows[0]!, country: `C${i}` }));
    const option = heatmapOption(many, ITEMS, heatmapLayout(1000, many.length, ITEMS.length), "test") as {
      dataZoom: { type: string; yAxisIndex?: number[] }[];
      tooltip: { renderMode: string; formatter(params: { data: HeatmapDatum }): string };
      series: { data: HeatmapDatum[] }[];
    };
    expect(option.dataZoom.find((zoom) => zoom.type === "slider" && zoom.yAxisIndex)?.yAxisIndex).toEqual([0, 1]);
    expect(option.tooltip.renderMode).toBe("richText");
    const text = option.tooltip.formatter({ data: option.series[0]!.data[0]! });
    expect(text).toContain("TSB-01: Mandatory red-team exercises");
    expect(text).toContain("Compliant, Accepted");
    expect(text).toContain("RT 3/4 · 72h 7/8 · PL 5/6");
    expect(text).toContain("Click to open the report");
  });
});
