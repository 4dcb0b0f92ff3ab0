import type { DataSource } from "typeorm";
import { MilestoneCode } from "../../shared/compliance/milestones.js";
import { BASELINE } from "../../subgraphs/board/baseline/baseline-catalogue.js";
import { ComplianceAssessment } from "../../subgraphs/board/compliance/compliance-assessment.js";
import { ComplianceReport } from "../../subgraphs/board/compliance/compliance-report.js";
import { ComplianceRating, ReportStatus } from "../../subgraphs/board/compliance/enums.js";
import { appendStatus } from "../../subgraphs/board/compliance/report-store.js";
import { seededRandom, uuidFrom } from "./deterministic.js";

const RATINGS = [
  ComplianceRating.COMPLIANT,
  ComplianceRating.COMPLIANT,
  ComplianceRating.LARGELY_COMPLIANT,
  ComplianceRating.LARGELY_COMPLIANT,
  ComplianceRating.PARTIALLY_COMPLIANT,
  ComplianceRating.NON_COMPLIANT,
  ComplianceRating.NOT_APPLICABLE,
];

/** How far the board's demo review of each country's first report has gone. */
const REVIEWS: ReportStatus[][] = [
  [ReportStatus.UNDER_REVIEW, ReportStatus.ACCEPTED],
  [ReportStatus.UNDER_REVIEW, ReportStatus.CHANGES_REQUESTED],
  [ReportStatus.UNDER_REVIEW],
  [],
  [ReportStatus.UNDER_REVIEW, ReportStatus.ESCALATION_RECOMMENDED],
];

/**
 * Every demo country's first compliance report (M6, due 2026-09-25), with the board's review at
 * different stages, so that the matrix has something to show. Written once, into an empty store.
 */
export async function seedDemoReports(boardDb: DataSource, countries: readonly string[]): Promise<number> {
  if ((await boardDb.getRepository(ComplianceReport).count()) > 0) return 0;
  await boardDb.transaction(async (manager) => {
    for (const [i, country] of countries.entries()) {
      const random = seededRandom(`${country}:M6`);
      const submittedAt = new Date(Date.UTC(2026, 8, 15 + i));
      const report = Object.assign(new ComplianceReport(), {
        id: uuidFrom(`${country}:report:M6:1`),
        country,
        milestone: MilestoneCode.M6,
        version: 1,
        baselineVersion: BASELINE.version,
        submittedAt,
        submittedBy: `${country.toLowerCase()}-demo-regulator`,
        status: ReportStatus.SUBMITTED,
      });
      await manager.getRepository(ComplianceReport).insert(report);
      await manager.getRepository(ComplianceAssessment).insert(
        BASELINE.items.map((item, position) => ({
          reportId: report.id,
          itemCode: item.code,
          position,
          rating: RATINGS[Math.floor(random() * RATINGS.length)]!,
          note: "Demo assessment, not a real report.",
        })),
      );
      await appendStatus(manager, { reportId: report.id, status: ReportStatus.SUBMITTED, at: submittedAt, by: report.submittedBy, comment: null });
      for (const [step, status] of REVIEWS[i % REVIEWS.length]!.entries()) {
        const closing = status !== ReportStatus.UNDER_REVIEW && status !== ReportStatus.ACCEPTED;
        await appendStatus(manager, {
          reportId: report.id,
          status,
          at: new Date(submittedAt.getTime() + (step + 1) * 7 * 86_400_000),
          by: "board-demo-analyst",
          comment: closing ? "Demo review comment: evidence for the binding items is incomplete." : null,
        });
      }
    }
  });
  return countries.length;
}
