import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { filterBaseline } from "../baseline/baseline-catalogue.js";
import type { ComplianceAssessment } from "../compliance/compliance-assessment.js";
import type { ComplianceReport } from "../compliance/compliance-report.js";
import { ComplianceRating, ReportStatus } from "../compliance/enums.js";
import type { Country } from "../countries/country.js";
import { buildMatrix } from "./build-matrix.js";

const country = (code: string) => ({ code, name: code, joinedAt: new Date() }) as Country;

describe("buildMatrix", () => {
  it("gives every country one cell per item, from its latest report, and the same as CSV", () => {
    const items = filterBaseline({ category: "REPORTING", binding: true });
    const report = { id: "r", country: "JP", status: ReportStatus.UNDER_REVIEW } as ComplianceReport;
    const assessments = [{ itemCode: "TSB-16", rating: ComplianceRating.LARGELY_COMPLIANT }] as ComplianceAssessment[];
    const { rows, csv } = buildMatrix({ items, countries: [country("JP"), country("KR")], latest: new Map([["JP", { report, assessments }]]) });
    expect(rows.map((row) => row.cells.length)).toEqual([items.length, items.length]);
    expect(rows[0]!.cells[0]).toEqual({ itemCode: "TSB-16", selfRating: "LARGELY_COMPLIANT", reviewStatus: "UNDER_REVIEW" });
    expect(rows[0]!.cells[1]).toEqual({ itemCode: items[1]!.code, selfRating: null, reviewStatus: "UNDER_REVIEW" });
    expect(rows[1]!.cells.every((cell) => cell.selfRating === null && cell.reviewStatus === null)).toBe(true);
    const codes = items.map((item) => item.code);
    expect(csv).toBe(
      [
        `country,${codes.join(",")}`,
        `JP,LARGELY_COMPLIANT/UNDER_REVIEW,${codes.slice(1).map(() => "/UNDER_REVIEW").join(",")}`,
        `KR${",".repeat(codes.length)}`,
        "",
      ].join("\r\n"),
    );
  });
});
