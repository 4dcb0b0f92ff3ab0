import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AttestedIndicators } from "../attestation/attested-indicators.js";
import { badUserInput, forbidden } from "../../../shared/errors/hub-errors.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import { BASELINE_CATEGORIES, filterBaseline, parseCategory } from "../baseline/baseline-catalogue.js";
import { toBaselineItem } from "../baseline/baseline-types.js";
import { latestReports } from "../compliance/report-store.js";
import { countriesToRead, reportScope } from "../compliance/report-visibility.js";
import type { BoardContext } from "../context.js";
import { Country } from "../countries/country.js";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";
import { buildMatrix } from "./build-matrix.js";
import { ComplianceMatrix, ComplianceMatrixRow } from "./matrix-types.js";

@Resolver(() => ComplianceMatrix)
export class ComplianceMatrixResolver {
  /**
   * Open to every holder of reports:read: the board's analysts and every participant's regulators. The
   * matrix carries self-ratings and review statuses only (no notes, no evidence), which the baseline's
   * peer-transparency exists to share; a report's detail stays with its country and the board.
   */
  @Query(() => ComplianceMatrix, {
    description:
      "Each participant's latest report for a milestone against the baseline items, optionally one category's or only " +
      "binding (or voluntary) ones. For the board's analysts and participants' regulators.",
  })
  async complianceMatrix(
    @Arg("milestone", () => MilestoneCode) milestone: MilestoneCode,
    @Ctx() { caller, db, compliance }: BoardContext,
    @Arg("category", () => String, { nullable: true }) category?: string | null,
    @Arg("binding", () => Boolean, { nullable: true }) binding?: boolean | null,
  ): Promise<ComplianceMatrix> {
    if (!can(caller, RIGHTS.READ_REPORTS)) throw forbidden("The compliance matrix is for the board's analysts and participants' regulators.");
    const parsed = category == null ? undefined : parseCategory(category);
    if (category != null && !parsed) throw badUserInput(`\`category\` must be one of ${BASELINE_CATEGORIES.join(", ")}.`, "category");
    const items = filterBaseline({ category: parsed, binding: binding ?? undefined });
    const [countries, reports] = await Promise.all([db.getRepository(Country).find({ order: { code: "ASC" } }), latestReports(db, milestone)]);
    const assessments = await compliance.assessments.loadMany(reports.map((report) => report.id));
    const latest = new Map(
      reports.map((report, i) => {
        const found = assessments[i];
        if (found instanceof Error) throw found;
        return [report.country, { report, assessments: found! }];
      }),
    );
    const { rows, csv } = buildMatrix({ items, countries, latest });
    return Object.assign(new ComplianceMatrix(), { milestone, items: items.map(toBaselineItem), rows, csv });
  }
}

@Resolver(() => ComplianceMatrixRow)
export class ComplianceMatrixRowResolver {
  /**
   * The figures are part of the report, not of the peer-transparency the matrix offers every regulator:
   * they count records (RESTRICTED, NATIONAL_SECURITY) no other participant may see, so they go only to
   * those who may read the report itself.
   */
  @FieldResolver(() => AttestedIndicators, {
    nullable: true,
    description:
      "The figures the country attested with its latest report for the milestone (basis OWNER, over all its records); " +
      "beside `country { indicators }`, counted for you, the difference is what you may not see. Null without a report, " +
      "and for a reader who may not read the report (another participant's regulator).",
  })
  attestedIndicators(@Root() row: ComplianceMatrixRow, @Ctx() { caller, compliance }: BoardContext): Promise<AttestedIndicators | null> | null {
    if (!row.reportId || !countriesToRead(reportScope(caller), row.country.code)) return null;
    return compliance.attested.load(row.reportId);
  }
}
