import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { BoardContext } from "../context.js";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";
import { AttestedIndicators } from "../attestation/attested-indicators.js";
import { ComplianceAssessment } from "./compliance-assessment.js";
import { ComplianceReport } from "./compliance-report.js";
import { ComplianceStatusChange } from "./compliance-status-change.js";
import { countriesToRead, reportScope } from "./report-visibility.js";
import { findReport, listReports } from "./report-store.js";
import { UUID } from "./validate-submission.js";

@Resolver(() => ComplianceReport)
export class ComplianceReportsResolver {
  @Query(() => [ComplianceReport], {
    description:
      "Compliance reports the caller may read, every version: all countries' for the board's analysts, its own " +
      "country's for a regulator, none for anyone else.",
  })
  async complianceReports(
    @Ctx() { caller, db }: BoardContext,
    @Arg("country", () => ID, { nullable: true }) country?: string | null,
    @Arg("milestone", () => MilestoneCode, { nullable: true }) milestone?: MilestoneCode | null,
  ): Promise<ComplianceReport[]> {
    const readable = countriesToRead(reportScope(caller), country == null ? undefined : country.trim().toUpperCase());
    if (!readable) return [];
    return listReports(db, { country: readable.country, milestone: milestone ?? undefined });
  }

  @Query(() => ComplianceReport, { nullable: true, description: "One report; null when it does not exist or the caller may not read it." })
  async complianceReport(@Arg("id", () => ID) id: string, @Ctx() { caller, db }: BoardContext): Promise<ComplianceReport | null> {
    const readable = countriesToRead(reportScope(caller), undefined);
    if (!readable || !UUID.test(id.trim())) return null;
    const report = await findReport(db, id.trim().toLowerCase());
    if (!report || (readable.country !== undefined && report.country !== readable.country)) return null;
    return report;
  }

  @FieldResolver(() => [ComplianceAssessment])
  assessments(@Root() report: ComplianceReport, @Ctx() { compliance }: BoardContext): Promise<ComplianceAssessment[]> {
    return compliance.assessments.load(report.id);
  }

  @FieldResolver(() => AttestedIndicators, {
    nullable: true,
    description: "The country's own figures for the milestone, attested with this version; null for a version filed before the board recorded them.",
  })
  attestedIndicators(@Root() report: ComplianceReport, @Ctx() { compliance }: BoardContext): Promise<AttestedIndicators | null> {
    return compliance.attested.load(report.id);
  }

  @FieldResolver(() => [ComplianceStatusChange], { description: "Every status the report entered, oldest first; never rewritten." })
  history(@Root() report: ComplianceReport, @Ctx() { compliance }: BoardContext): Promise<ComplianceStatusChange[]> {
    return compliance.history.load(report.id);
  }
}
