import { randomUUID } from "node:crypto";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent } from "../../../shared/idempotency/idempotent.js";
import { mayReadRevisions } from "../../../shared/policy/owner-only.js";
import { RIGHTS } from "../../../shared/policy/rights.js";
import { requireOwnWithRight } from "../access/own-country.js";
import type { NationalContext } from "../context.js";
import { UUID } from "../pagination/cursor.js";
import { ownSystemId } from "../systems/own-system.js";
import { Incident } from "./incident.js";
import { IncidentRevision } from "./incident-revision.js";
import { UpdateIncidentInput } from "./incident-types.js";
import { validateOecdFields } from "./validate-oecd-fields.js";
import { validateReport } from "./validate-report.js";

const REVISABLE = [
  "title", "summary", "severity", "classification", "occurredAt", "detectedAt", "highRisk", "notifiedAt", "systemId",
  "harmTypes", "affectedStakeholders", "countriesAffected", "reporter", "relatedIncidents",
] as const;
/** Fields an update may clear with null; for the others null means "keep". */
const CLEARABLE: readonly string[] = ["detectedAt", "notifiedAt", "systemId", "reporter"];

@Resolver(() => Incident)
export class UpdateIncidentResolver {
  @Mutation(() => Incident, { description: "Revises an incident of the caller's own country; the replaced values are kept." })
  async updateIncident(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateIncidentInput) input: UpdateIncidentInput,
    @Ctx() ctx: NationalContext,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null,
  ): Promise<Incident> {
    requireOwnWithRight(ctx, RIGHTS.REPORT_INCIDENTS, `Only ${ctx.country}'s own regulators can update incidents in ${ctx.country}'s register.`);
    const reason = input.reason.trim();
    if (!reason) throw badUserInput("`reason` must say why the record changes.", "reason");
    const scope = { country: ctx.caller.country, subject: ctx.caller.subject, operation: "updateIncident" };
    return idempotent(ctx.db, scope, idempotencyKey, { id, input }, async (manager) => {
      const current = UUID.test(id)
        ? await manager.getRepository(Incident).findOne({ where: { id: id.toLowerCase() }, lock: { mode: "pessimistic_write" } })
        : null;
      if (!current) throw badUserInput(`${ctx.country} has no incident with this id.`, "id");
      if (current.finalReportAt) throw badUserInput("The final report has closed this incident; it takes no further updates.", "id");
      const now = new Date();
      const next = { ...current };
      for (const field of REVISABLE) {
        const value = input[field];
        if (value !== undefined && (value !== null || CLEARABLE.includes(field))) (next as Record<string, unknown>)[field] = value;
      }
      Object.assign(next, validateReport(next, now), validateOecdFields(next, ctx.country, ctx.participants));
      if (input.systemId) next.systemId = await ownSystemId(manager, input.systemId);
      const previous: Record<string, unknown> = {};
      for (const field of REVISABLE) {
        const before = current[field];
        const after = next[field];
        const same =
          before instanceof Date && after instanceof Date
            ? before.getTime() === after.getTime()
            : Array.isArray(before) ? JSON.stringify(before) === JSON.stringify(after) : before === after;
        if (!same) previous[field] = before instanceof Date ? before.toISOString() : before;
      }
      if (input.final) previous.finalReportAt = null;
      if (Object.keys(previous).length === 0) throw badUserInput("The update changes nothing.", "input");
      next.updatedAt = now;
      next.finalReportAt = input.final ? now : null;
      await manager.getRepository(Incident).update({ id: current.id }, {
        title: next.title, summary: next.summary, severity: next.severity, classification: next.classification,
        occurredAt: next.occurredAt, detectedAt: next.detectedAt, highRisk: next.highRisk, notifiedAt: next.notifiedAt, systemId: next.systemId,
        harmTypes: next.harmTypes, affectedStakeholders: next.affectedStakeholders, countriesAffected: next.countriesAffected,
        reporter: next.reporter, relatedIncidents: next.relatedIncidents, finalReportAt: next.finalReportAt, updatedAt: now,
      });
      await manager.query(
        `INSERT INTO incident_revision (id, incident_id, revised_at, revised_by, reason, previous) VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), current.id, now, ctx.caller.subject, reason, JSON.stringify(previous)],
      );
      return { id: current.id, result: Object.assign(new Incident(), next) };
    }, (manager, incidentId) => manager.getRepository(Incident).findOneByOrFail({ id: incidentId }));
  }

  @FieldResolver(() => [IncidentRevision], {
    nullable: true,
    description: "The record's history, oldest first; only for the owning country (past values may have been more closed).",
  })
  async revisions(@Root() incident: Incident, @Ctx() ctx: NationalContext): Promise<IncidentRevision[] | null> {
    if (!mayReadRevisions(ctx.caller, ctx.country)) return null;
    return ctx.db.getRepository(IncidentRevision).find({ where: { incidentId: incident.id }, order: { revisedAt: "ASC", id: "ASC" } });
  }
}
