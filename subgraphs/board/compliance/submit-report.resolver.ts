import { randomUUID } from "node:crypto";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { BOARD } from "../../../shared/auth/caller.js";
import { forbidden } from "../../../shared/errors/hub-errors.js";
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent } from "../../../shared/idempotency/idempotent.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import { AttestedIndicators } from "../attestation/attested-indicators.js";
import { askOwnerToVouch } from "../attestation/owner-attestation.js";
import { BASELINE } from "../baseline/baseline-catalogue.js";
import type { BoardContext } from "../context.js";
import { ComplianceAssessment, ComplianceEvidence } from "./compliance-assessment.js";
import { SubmitComplianceReportInput } from "./compliance-inputs.js";
import { ComplianceReport } from "./compliance-report.js";
import { ReportStatus } from "./enums.js";
import { amend, latestAssessments } from "./amendment.js";
import { appendStatus, findReport, latestVersion, lockCountry } from "./report-store.js";
import { validateSubmission } from "./validate-submission.js";

@Resolver(() => ComplianceReport)
export class SubmitComplianceReportResolver {
  @Mutation(() => ComplianceReport, {
    description:
      "Files the caller's own country's report for a milestone. A second submission for the same milestone amends it: " +
      "a new version holding the items it names, as named, and every other item as the latest version had it (with " +
      "its evidence). Earlier versions are kept unchanged; the latest one is what the board reviews and the matrix shows.",
  })
  async submitComplianceReport(
    @Arg("input", () => SubmitComplianceReportInput) input: SubmitComplianceReportInput,
    @Ctx() { caller, db, gateway }: BoardContext,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null,
  ): Promise<ComplianceReport> {
    // The board reviews reports; it never files one, whatever roles its token claims.
    if (caller.country === BOARD || !can(caller, RIGHTS.SUBMIT_REPORTS)) {
      throw forbidden("Submitting a compliance report requires a country's regulator role.");
    }
    const country = caller.country;
    const assessments = validateSubmission(input, country);
    // Asked before anything is written, and outside the transaction: a slow country holds no lock. A retry
    // of a submission that was stored returns it without asking again.
    const vouch = () =>
      askOwnerToVouch(gateway, {
        country,
        milestone: input.milestone,
        citations: assessments.flatMap((assessment) => assessment.evidence),
        maxRecords: gateway.maxAliases,
      });
    const retries = { country, subject: caller.subject, operation: "submitComplianceReport" };
    return idempotent(db, retries, idempotencyKey, input, async (manager, { vouchedAt, figures }) => {
      if (!(await lockCountry(manager, country))) throw forbidden(`${country} is not a participant in the board's directory.`);
      const now = new Date();
      const named = assessments.map(({ itemCode, rating, note, evidence }) => ({
        itemCode,
        rating,
        note,
        evidence: evidence.map(({ kind, recordId }) => ({ kind, recordId, vouchedAt })),
      }));
      const items = amend(await latestAssessments(manager, country, input.milestone), named);
      const report = Object.assign(new ComplianceReport(), {
        id: randomUUID(),
        country,
        milestone: input.milestone,
        version: (await latestVersion(manager, country, input.milestone)) + 1,
        baselineVersion: BASELINE.version,
        submittedAt: now,
        submittedBy: caller.subject,
        status: ReportStatus.SUBMITTED,
      });
      await manager.getRepository(ComplianceReport).insert(report);
      await manager.getRepository(ComplianceAssessment).insert(
        items.map(({ itemCode, rating, note }, position) => ({ reportId: report.id, itemCode, position, rating, note })),
      );
      const evidence = items.flatMap(({ itemCode, evidence }) =>
        evidence.map(({ kind, recordId, vouchedAt }, position) => ({ reportId: report.id, itemCode, position, kind, country, recordId, vouchedAt })),
      );
      if (evidence.length > 0) await manager.getRepository(ComplianceEvidence).insert(evidence);
      await manager.getRepository(AttestedIndicators).insert({ reportId: report.id, attestedAt: vouchedAt, ...figures });
      await appendStatus(manager, { reportId: report.id, status: ReportStatus.SUBMITTED, at: now, by: caller.subject, comment: null });
      return { id: report.id, result: report };
    }, async (manager, reportId) => (await findReport(manager, reportId))!, vouch);
  }
}
