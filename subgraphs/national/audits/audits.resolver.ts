import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { NationalContext } from "../context.js";
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
    const systems = systemId != null ? [systemId.toLowerCase()] : (await ctx.db.query(`SELECT id FROM ai_system`)).map((r: { id: string }) => r.id);
    const audits = (await ctx.loaders.auditsBySystem.loadMany(systems)).flatMap((entry) => (entry instanceof Error ? [] : entry));
    return audits
      .filter((audit) => kind == null || audit.kind === kind)
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.id.localeCompare(b.id));
  }
}

@Resolver(() => Audit)
export class AuditResolver {
  @FieldResolver(() => System, { nullable: true, description: "The system audited, when the caller may see it." })
  system(@Root() audit: Audit, @Ctx() ctx: NationalContext): Promise<System | null> {
    return ctx.loaders.systemsById.load(audit.systemId);
  }

  @FieldResolver(() => [Finding], {
    nullable: true,
    description: "What the audit found. A verification lab's findings describe model internals and stay with the owning country.",
  })
  async findings(@Root() audit: Audit, @Ctx() ctx: NationalContext): Promise<Finding[] | null> {
    if (audit.kind === AuditKind.VERIFICATION_LAB && ctx.caller.country !== ctx.country) return null;
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
    return redTeamedBefore(deployment, await ctx.loaders.auditsBySystem.load(deployment.systemId));
  }

  @FieldResolver(() => Boolean, { description: "Flagged: a high-risk deployment without a completed red-team exercise before it began." })
  async missingRedTeam(@Root() deployment: Deployment, @Ctx() ctx: NationalContext): Promise<boolean> {
    return deployment.highRisk && !redTeamedBefore(deployment, await ctx.loaders.auditsBySystem.load(deployment.systemId));
  }
}

@Resolver(() => System)
export class SystemAuditsResolver {
  @FieldResolver(() => [Audit], { description: "Audits of this system the caller may see, oldest first." })
  audits(@Root() system: System, @Ctx() ctx: NationalContext): Promise<Audit[]> {
    return ctx.loaders.auditsBySystem.load(system.id);
  }
}
