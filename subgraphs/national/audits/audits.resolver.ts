import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { mayReadLabFindings } from "../../../shared/policy/owner-only.js";
import { filterHash } from "../access/filter-hash.js";
import type { NationalContext } from "../context.js";
import { UUID } from "../pagination/cursor.js";
import { assertId } from "../pagination/input-limits.js";
import { Country } from "../country/country.js";
import { Deployment, System } from "../systems/system-entities.js";
import { Audit, AuditKind, AuditStatus, Finding } from "./audit.js";

@Resolver(() => Country)
export class CountryAuditsResolver {
  @FieldResolver(() => [Audit], { nullable: true, description: "Audits of this country's AI systems that the caller may see, oldest first." })
  async audits(
    @Root() country: Country,
    @Ctx() ctx: NationalContext,
    @Arg("kind", () => AuditKind, { nullable: true }) kind: AuditKind | null,
    @Arg("systemId", () => ID, { nullable: true }) systemId: string | null,
  ): Promise<Audit[] | null> {
    if (country.code !== ctx.country) return null;
    assertId(systemId, "systemId");
    const filtered = kind != null || systemId != null;
    return ctx.reader.read(
      "AUDIT",
      (query, scope) => {
        if (kind != null) query.andWhere("audit.kind = :kind", { kind });
        if (systemId != null) {
          // A malformed id, a made-up one and a system the caller may not see all match nothing, alike.
          if (UUID.test(systemId)) {
            const visible = scope.visibleSystem(":auditSystemId");
            query.andWhere(`audit.systemId = :auditSystemId AND ${visible.sql}`, { ...visible.params, auditSystemId: systemId.toLowerCase() });
          } else {
            query.andWhere("FALSE");
          }
        }
        query.orderBy("audit.startedAt", "ASC").addOrderBy("audit.id", "ASC");
      },
      { filterHash: filterHash("Country.audits", { kind, systemId }), filtered },
    );
  }

  @FieldResolver(() => Audit, { nullable: true, description: "One audit of this country; null when it does not exist or the caller may not see it." })
  async audit(@Root() country: Country, @Ctx() ctx: NationalContext, @Arg("id", () => ID) id: string): Promise<Audit | null> {
    if (country.code !== ctx.country) return null;
    assertId(id, "id");
    return ctx.loaders.auditsById.load(id);
  }
}

@Resolver(() => Audit)
export class AuditResolver {
  @FieldResolver(() => System, { nullable: true, description: "The system audited; null when the caller may not see it." })
  system(@Root() audit: Audit, @Ctx() ctx: NationalContext): Promise<System | null> {
    return ctx.loaders.systemsById.load(audit.systemId);
  }

  @FieldResolver(() => [Finding], {
    nullable: true,
    description: "What the audit found. A verification lab's findings describe model internals and stay with the owning country.",
  })
  async findings(@Root() audit: Audit, @Ctx() ctx: NationalContext): Promise<Finding[] | null> {
    if (!mayReadLabFindings(ctx.caller, ctx.country, audit.kind)) return null;
    return ctx.loaders.findingsByAudit.load(audit.id);
  }
}

/** True when a completed red-team exercise the caller may see ended before the deployment started. */
export function redTeamedBefore(deployment: Deployment, audits: readonly Audit[]): boolean {
  return audits.some(
    (a) => a.kind === AuditKind.RED_TEAM && a.status === AuditStatus.COMPLETED && a.completedAt !== null && a.completedAt <= deployment.deployedAt,
  );
}

@Resolver(() => Deployment)
export class DeploymentRedTeamResolver {
  @FieldResolver(() => Boolean, { description: "A completed red-team exercise of the system ended before this deployment began." })
  async redTeamedBeforeDeployment(@Root() deployment: Deployment, @Ctx() ctx: NationalContext): Promise<boolean> {
    return redTeamedBefore(deployment, await ctx.loaders.auditsConsultedBySystem.load(deployment.systemId));
  }

  @FieldResolver(() => Boolean, { description: "Flagged: a high-risk deployment without a completed red-team exercise before it began." })
  async missingRedTeam(@Root() deployment: Deployment, @Ctx() ctx: NationalContext): Promise<boolean> {
    return deployment.highRisk && !redTeamedBefore(deployment, await ctx.loaders.auditsConsultedBySystem.load(deployment.systemId));
  }
}

@Resolver(() => System)
export class SystemAuditsResolver {
  @FieldResolver(() => [Audit], { description: "Audits of this system the caller may see, oldest first." })
  audits(@Root() system: System, @Ctx() ctx: NationalContext): Promise<Audit[]> {
    return ctx.loaders.auditsBySystem.load(system.id);
  }
}
