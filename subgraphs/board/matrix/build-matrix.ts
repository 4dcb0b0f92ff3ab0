import type { BaselineEntry } from "../baseline/baseline-catalogue.js";
import type { ComplianceAssessment } from "../compliance/compliance-assessment.js";
import type { ComplianceReport } from "../compliance/compliance-report.js";
import type { Country } from "../countries/country.js";
import { toCsv } from "./csv.js";
import { ComplianceMatrixCell, ComplianceMatrixRow } from "./matrix-types.js";

export interface MatrixInput {
  items: readonly BaselineEntry[];
  countries: readonly Country[];
  /** Each country's latest report for the milestone, with its assessments. */
  latest: ReadonlyMap<string, { report: ComplianceReport; assessments: readonly ComplianceAssessment[] }>;
}

/** Pure: rows and CSV from what the resolver read, so the shape can be tested without a database. */
export function buildMatrix({ items, countries, latest }: MatrixInput): { rows: ComplianceMatrixRow[]; csv: string } {
  const rows = countries.map((country) => {
    const entry = latest.get(country.code);
    const ratings = new Map(entry?.assessments.map((a) => [a.itemCode, a.rating]));
    const cells = items.map((item) =>
      Object.assign(new ComplianceMatrixCell(), {
        itemCode: item.code,
        selfRating: ratings.get(item.code) ?? null,
        reviewStatus: entry?.report.status ?? null,
      }),
    );
    return Object.assign(new ComplianceMatrixRow(), { country, cells, reportId: entry?.report.id ?? null });
  });
  const csv = toCsv([
    ["country", ...items.map((item) => item.code)],
    ...rows.map((row) => [row.country.code, ...row.cells.map((cell) => (cell.reviewStatus ? `${cell.selfRating ?? ""}/${cell.reviewStatus}` : ""))]),
  ]);
  return { rows, csv };
}
