import { describe, expect, it } from "vitest";
import { matrixCsv, matrixCsvFilename } from "./matrix-csv";
import { matrixRows } from "./matrix-model";
import { INDICATORS, ITEMS, MATRIX, REPORTS } from "./test-fixtures";

describe("the matrix as CSV", () => {
  it("has the country, its review, its indicators, then one column per item shown", () => {
    const { columns } = matrixCsv(matrixRows(MATRIX, REPORTS, INDICATORS), ITEMS);
    expect(columns).toEqual([
      "country",
      "name",
      "review_status",
      "report_version",
      "redTeamed_done",
      "redTeamed_of",
      "notified_done",
      "notified_of",
      "provenance_done",
      "provenance_of",
      "TSB-01",
      "TSB-16",
    ]);
  });

  it("gives ratings as the hub names them, NOT_RATED for an item a report leaves out, nothing without a report", () => {
    const { rows } = matrixCsv(matrixRows(MATRIX, REPORTS, INDICATORS), ITEMS);
    expect(rows).toEqual([
      ["JP", "Japan", "ACCEPTED", 1, 3, 4, 7, 8, 5, 6, "COMPLIANT", "NOT_RATED"],
      ["KR", "Republic of Korea", "UNDER_REVIEW", 2, "", "", "", "", "", "", "NON_COMPLIANT", "PARTIALLY_COMPLIANT"],
      ["US", "United States", "", "", "", "", "", "", "", "", "", ""],
    ]);
  });

  it("follows the filtered items, in their order", () => {
    const { columns, rows } = matrixCsv(matrixRows(MATRIX, REPORTS, INDICATORS), [ITEMS[1]!]);
    expect(columns.at(-1)).toBe("TSB-16");
    expect(rows[1]!.at(-1)).toBe("PARTIALLY_COMPLIANT");
    expect(rows[0]!.length).toBe(columns.length);
  });

  it("names the file after what it holds", () => {
    expect(matrixCsvFilename("M12", {})).toBe("compliance-matrix-M12.csv");
    expect(matrixCsvFilename("M6", { category: "TESTING", binding: false })).toBe("compliance-matrix-M6-testing-voluntary.csv");
  });
});
