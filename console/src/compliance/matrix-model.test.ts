import { describe, expect, it } from "vitest";
import { indicatorFigures, indicatorSummary, latestReportByCountry, matrixRows } from "./matrix-model";
import { INDICATORS, MATRIX, REPORTS } from "./test-fixtures";

describe("matrix rows", () => {
  it("take each country's latest version, whatever the order of the list", () => {
    const latest = latestReportByCountry([...REPORTS].reverse());
    expect(latest.get("KR")?.id).toBe("kr-2");
    expect(latest.get("JP")?.id).toBe("jp-1");
    expect(latest.has("US")).toBe(false);
  });

  it("join the matrix with the reports the caller may open and the indicators", () => {
    const rows = matrixRows(MATRIX, REPORTS, INDICATORS);
    expect(rows.map((row) => [row.country, row.name, row.status, row.reportId, row.version])).toEqual([
      ["JP", "Japan", "ACCEPTED", "jp-1", 1],
      ["KR", "Republic of Korea", "UNDER_REVIEW", "kr-2", 2],
      ["US", "United States", null, undefined, undefined],
    ]);
    expect(rows[0]!.indicators).toEqual({ kind: "value", value: INDICATORS[0]!.indicators });
    // KR answered without indicators, US is not in the answer: both have none to show.
    expect(rows[1]!.indicators).toEqual({ kind: "missing" });
    expect(rows[2]!.indicators).toEqual({ kind: "missing" });
  });

  it("tell a country whose deployment did not answer from one that gave no indicators", () => {
    const rows = matrixRows(MATRIX, REPORTS, INDICATORS, new Set(["US"]));
    expect(rows.map((row) => row.indicators.kind)).toEqual(["value", "missing", "unanswered"]);
  });

  it("leave a row without a report id when the caller may not read the report (a regulator, another country)", () => {
    const rows = matrixRows(MATRIX, [REPORTS[2]!], INDICATORS);
    expect(rows.find((row) => row.country === "KR")).toMatchObject({ status: "UNDER_REVIEW", reportId: undefined });
  });

  it("say the indicators are still coming while they are asked for", () => {
    const rows = matrixRows(MATRIX, REPORTS, undefined);
    expect(rows.every((row) => row.indicators.kind === "pending")).toBe(true);
    expect(indicatorSummary(rows[0]!.indicators)).toBe("counting…");
  });

  it("give the indicators as done of total", () => {
    const value = INDICATORS[0]!.indicators!;
    expect(indicatorFigures(value).map((figure) => [figure.key, figure.done, figure.of])).toEqual([
      ["redTeamed", 3, 4],
      ["notified", 7, 8],
      ["provenance", 5, 6],
    ]);
    expect(indicatorSummary({ kind: "value", value })).toBe("RT 3/4 · 72h 7/8 · PL 5/6");
    expect(indicatorSummary({ kind: "missing" })).toBe("no indicators");
    expect(indicatorSummary({ kind: "unanswered" })).toBe("no answer");
  });
});
