import { randomUUID } from "node:crypto";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { forbidden } from "../../../shared/errors/hub-errors.js";
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent } from "../../../shared/idempotency/idempotent.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import type { NationalContext } from "../context.js";
import { ownSystemId } from "../systems/own-system.js";
import { Incident } from "./incident.js";
import { ReportIncidentInput } from "./incident-types.js";
import { validateOecdFields } from "./validate-oecd-fields.js";
import { validateReport } from "./validate-report.js";

@Resolver(() => Incident)
export class ReportIncidentResolver {
  @Mutation(() => Incident, { description: "Files an incident in the caller's own country's register." })
  async reportIncident(
    @Arg("input", () => ReportIncidentInput) input: ReportIncidentInput,
    @Ctx() ctx: NationalContext,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null,
  ): Promise<Incident> {
    // A country's register is written by that country's own regulators only, whatever route the
    // request took to get here.
    if (ctx.caller.country !== ctx.country) {
      throw forbidden(`Only ${ctx.country}'s own authority can report incidents in ${ctx.country}'s register.`);
    }
    if (!can(ctx.caller, RIGHTS.REPORT_INCIDENTS)) throw forbidden("Reporting an incident requires the regulator role.");
    const now = new Date();
    const report = { ...validateReport(input, now), ...validateOecdFields(input, ctx.country, ctx.participants) };
    const retries = { country: ctx.caller.country, subject: ctx.caller.subject, operation: "reportIncident" };
    return idempotent(
      ctx.db,
      retries,
      idempotencyKey,
      input,
      async (manager) => {
        const incident = Object.assign(new Incident(), {
          id: randomUUID(),
          country: ctx.country,
          ...report,
          severity: input.severity,
          classification: input.classification,
          reportedAt: now,
          systemId: input.systemId == null ? null : await ownSystemId(manager, input.systemId),
          reportedBy: ctx.caller.subject,
          updatedAt: null,
          finalReportAt: null,
          demo: false,
        });
        await manager.getRepository(Incident).insert(incident);
        return { id: incident.id, result: incident };
      },
      (manager, id) => manager.getRepository(Incident).findOneByOrFail({ id }),
    );
  }
}
