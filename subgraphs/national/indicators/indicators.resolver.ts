import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import type { Caller } from "../../../shared/auth/caller.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import { MilestoneCode } from "../../../shared/compliance/milestone-code-type.js";
import { MILESTONE_DUE_DATES } from "../../../shared/compliance/milestones.js";
import { redTeamedBefore } from "../audits/audits.resolver.js";
import type { NationalContext } from "../context.js";
import { Country } from "../country/country.js";
import { filterHash } from "../access/filter-hash.js";
import type { Audit } from "../audits/audit.js";
import { indicatorShare } from "../../../shared/compliance/indicator-share.js";

/** Whose view a set of indicators is: the same question counts differently for different readers. */
export enum IndicatorBasis {
  OWNER = "OWNER",
  SHARED_VIEW = "SHARED_VIEW",
}
registerEnumType(IndicatorBasis, {
  name: "IndicatorBasis",
  description:
    "OWNER: counted over every record the country holds (asked by its own regulators or auditors). SHARED_VIEW: counted " +
    "over only the records this caller may see (PUBLIC and SHARED, plus what a grant opens): lower than the owner's " +
    "figures whenever the country holds RESTRICTED or NATIONAL_SECURITY records.",
  valuesConfig: {
    OWNER: { description: "Every record of the country counts." },
    SHARED_VIEW: { description: "Only the records the caller may see count." },
  },
});

/** OWNER exactly when the reader's rule opens every classification of this country's records (visibility.ts). */
export function indicatorBasis(caller: Caller, country: string): IndicatorBasis {
  return caller.country === country && can(caller, RIGHTS.READ_RECORDS) ? IndicatorBasis.OWNER : IndicatorBasis.SHARED_VIEW;
}

@ObjectType({ description: "A country's baseline indicators at a milestone, over the records the caller may see (see `basis`)." })
export class Indicators {
  @Field(() => IndicatorBasis, { description: "Whose view these figures are: the owner's, over all its records, or the caller's shared view." })
  basis: IndicatorBasis;

  @Field(() => MilestoneCode)
  milestone: MilestoneCode;

  @Field(() => Date, { description: "Records up to this instant count: the milestone's due date, or now if that is earlier." })
  asOf: Date;

  @Field(() => Int)
  highRiskDeployments: number;

  @Field(() => Int, { description: "High-risk deployments preceded by a completed red-team exercise of their system." })
  redTeamedBeforeDeployment: number;

  @Field(() => Float, { nullable: true, description: "redTeamedBeforeDeployment / highRiskDeployments; null when there are none." })
  redTeamedShare: number | null;

  @Field(() => Int, { description: "Incidents in high-risk deployments detected by then (the 72-hour rule applies)." })
  incidentsRequiringNotification: number;

  @Field(() => Int)
  notifiedWithin72h: number;

  @Field(() => Float, { nullable: true })
  notifiedWithin72hShare: number | null;

  @Field(() => Int)
  systems: number;

  @Field(() => Int, { description: "Systems with a provenance label (training sources or a release history)." })
  systemsWithProvenance: number;
}

@Resolver(() => Country)
export class IndicatorsResolver {
  @FieldResolver(() => Indicators, { nullable: true, description: "Counted by this country over the records the caller may see: a carve-out record is never counted." })
  async indicators(
    @Root() country: Country,
    @Ctx() ctx: NationalContext,
    @Arg("milestone", () => MilestoneCode) milestone: MilestoneCode,
  ): Promise<Indicators | null> {
    if (country.code !== ctx.country) return null;
    const asOf = new Date(Math.min(MILESTONE_DUE_DATES[milestone].getTime(), Date.now()));
    // Computed over records none of which is returned: the reader logs each kind as a count.
    const counted = { filterHash: filterHash("Country.indicators", { milestone }) };
    const systems = await ctx.reader.consult("SYSTEM", null, counted);
    const ids = systems.map((s) => s.id);
    const [deployments, auditRows, sources, releases, notification] = await Promise.all([
      ctx.loaders.deploymentsBySystem.loadMany(ids),
      ctx.reader.consult("AUDIT", (query) => query.andWhere("audit.systemId IN (:...systemIds)", { systemIds: ids.length ? ids : [null] }), counted),
      ctx.loaders.trainingSourcesBySystem.loadMany(ids),
      ctx.loaders.releasesBySystem.loadMany(ids),
      ctx.reader.aggregate(
        "INCIDENT",
        (query) => query.andWhere("incident.highRisk AND incident.detectedAt <= :asOf", { asOf }),
        (query) =>
          query
            .select("count(*)::int", "required")
            .addSelect("count(*) FILTER (WHERE incident.notifiedAt <= incident.detectedAt + interval '72 hours')::int", "onTime")
            .getRawOne<{ required: number; onTime: number }>(),
        (result) => result?.required ?? 0,
        counted,
      ),
    ]);
    const audits = ids.map((id) => auditRows.filter((audit: Audit) => audit.systemId === id));
    const list = <T>(entry: T[] | Error): T[] => (entry instanceof Error ? [] : entry);
    let highRiskDeployments = 0;
    let redTeamed = 0;
    ids.forEach((_, i) => {
      for (const deployment of list(deployments[i]!)) {
        if (!deployment.highRisk || deployment.deployedAt > asOf) continue;
        highRiskDeployments++;
        if (redTeamedBefore(deployment, audits[i]!)) redTeamed++;
      }
    });
    const withProvenance = ids.filter((_, i) => list(sources[i]!).length > 0 || list(releases[i]!).length > 0).length;
    const required = notification?.required ?? 0;
    const onTime = notification?.onTime ?? 0;
    return {
      basis: indicatorBasis(ctx.caller, ctx.country),
      milestone,
      asOf,
      highRiskDeployments,
      redTeamedBeforeDeployment: redTeamed,
      redTeamedShare: indicatorShare(redTeamed, highRiskDeployments),
      incidentsRequiringNotification: required,
      notifiedWithin72h: onTime,
      notifiedWithin72hShare: indicatorShare(onTime, required),
      systems: systems.length,
      systemsWithProvenance: withProvenance,
    };
  }
}
