import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";
import { forbidden } from "../../../shared/errors/hub-errors.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import type { BoardContext } from "../context.js";
import { changesSince } from "./amendment.js";
import type { ComplianceAssessment } from "./compliance-assessment.js";
import { ComplianceReport } from "./compliance-report.js";
import { ReportStatus } from "./enums.js";
import { queuedReports } from "./report-store.js";

@ObjectType({ description: "What a version changed against the version before it (every item, for a first version)." })
export class ReportChanges {
  @Field(() => Int, { nullable: true, description: "The version compared against; null for a first version." })
  sinceVersion: number | null;

  @Field(() => [ID], { description: "Items this version assesses that the previous one did not." })
  added: string[];

  @Field(() => [ID], { description: "Items whose rating, note or cited evidence differ from the previous version." })
  changed: string[];
}

@ObjectType({ description: "A report waiting for the board: the latest version of a country's report for a milestone." })
export class ReviewQueueEntry {
  @Field(() => ComplianceReport)
  report: ComplianceReport;

  @Field(() => Date, { description: "When the report entered its current status." })
  waitingSince: Date;

  @Field(() => ReportChanges)
  changes: ReportChanges;
}

@Resolver()
export class ReviewQueueResolver {
  @Query(() => [ReviewQueueEntry], {
    description:
      "The board analysts' work list: the latest version of each report in `status` (default SUBMITTED), for one milestone " +
      "or all, the one waiting longest first, each with what changed since its previous version.",
  })
  async reviewQueue(
    @Ctx() { caller, db, compliance }: BoardContext,
    @Arg("milestone", () => MilestoneCode, { nullable: true }) milestone?: MilestoneCode | null,
    @Arg("status", () => ReportStatus, { defaultValue: ReportStatus.SUBMITTED }) status: ReportStatus = ReportStatus.SUBMITTED,
  ): Promise<ReviewQueueEntry[]> {
    if (!can(caller, RIGHTS.REVIEW_REPORTS)) throw forbidden("The review queue is for the board's analysts.");
    const queued = await queuedReports(db, { milestone: milestone ?? undefined, status });
    const ids = queued.flatMap(({ report, previousId }) => (previousId ? [report.id, previousId] : [report.id]));
    const loaded = await compliance.assessments.loadMany(ids);
    const assessmentsOf = new Map<string, ComplianceAssessment[]>();
    ids.forEach((id, i) => {
      const found = loaded[i];
      if (found instanceof Error) throw found;
      assessmentsOf.set(id, found!);
    });
    return queued.map(({ report, since, previousId }) => {
      const { added, changed } = changesSince(previousId ? assessmentsOf.get(previousId) : undefined, assessmentsOf.get(report.id)!);
      const changes = Object.assign(new ReportChanges(), { sinceVersion: previousId ? report.version - 1 : null, added, changed });
      return Object.assign(new ReviewQueueEntry(), { report, waitingSince: since, changes });
    });
  }
}
