import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { badUserInput, forbidden } from "../../../shared/errors/hub-errors.js";
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent } from "../../../shared/idempotency/idempotent.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import type { BoardContext } from "../context.js";
import { ReviewComplianceReportInput } from "./compliance-inputs.js";
import { ComplianceReport } from "./compliance-report.js";
import { ReportStatus } from "./enums.js";
import { appendStatus, findReport, latestVersion, lockCountry } from "./report-store.js";
import { checkReview } from "./review-workflow.js";
import { UUID } from "./validate-submission.js";

@Resolver(() => ComplianceReport)
export class ReviewComplianceReportResolver {
  @Mutation(() => ComplianceReport, {
    description: "Moves a report through the board's review; each move is appended to the report's history.",
  })
  async reviewComplianceReport(
    @Arg("input", () => ReviewComplianceReportInput) input: ReviewComplianceReportInput,
    @Ctx() { caller, db }: BoardContext,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null,
  ): Promise<ComplianceReport> {
    if (!can(caller, RIGHTS.REVIEW_REPORTS)) throw forbidden("Reviewing a compliance report requires the board's analyst role.");
    const id = input.reportId.trim().toLowerCase();
    const unknown = () => badUserInput("There is no compliance report with this id.", "reportId");
    if (!UUID.test(id)) throw unknown();
    const retries = { country: caller.country, subject: caller.subject, operation: "reviewComplianceReport" };
    return idempotent(db, retries, idempotencyKey, input, async (manager) => {
      const found = await findReport(manager, id);
      if (!found) throw unknown();
      // Lock, then read again: a concurrent review or resubmission may have committed in between.
      await lockCountry(manager, found.country);
      const report = (await findReport(manager, id))!;
      if ((await latestVersion(manager, report.country, report.milestone)) !== report.version) {
        throw badUserInput(`${report.country} has resubmitted its ${report.milestone} report; review the latest version.`, "reportId");
      }
      const comment = checkReview(report.status, input.outcome, input.comment);
      const status = ReportStatus[input.outcome];
      await appendStatus(manager, { reportId: report.id, status, at: new Date(), by: caller.subject, comment });
      return { id: report.id, result: Object.assign(report, { status }) };
    }, async (manager, reportId) => (await findReport(manager, reportId))!);
  }
}
