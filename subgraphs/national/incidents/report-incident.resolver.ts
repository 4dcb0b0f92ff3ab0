import { randomUUID } from "node:crypto";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import { forbidden } from "../../../shared/errors/hub-errors.js";
import type { NationalContext } from "../context.js";
import { Incident } from "./incident.js";
import { ReportIncidentInput } from "./incident-types.js";
import { ownSystemId } from "../systems/own-system.js";
import { validateOecdFields } from "./validate-oecd-fields.js";
import { validateReport } from "./validate-report.js";

@Resolver(() => Incident)
export class ReportIncidentResolver {
  @Mutation(() => Incident, { description: "Files an incident in the caller's own country's register." })
  async reportIncident(@Arg("input", () => ReportIncidentInput) input: ReportIncidentInput, @Ctx() ctx: NationalContext): Promise<Incident> {
    // A country's register is written by that country's own regulators only, whatever route the
    // request took to get here.
    if (ctx.caller.country !== ctx.country) {
      throw forbidden(`Only ${ctx.country}'s own authority can report incidents in ${ctx.country}'s register.`);
    }
    if (!can(ctx.caller, RIGHTS.REPORT_INCIDENTS)) throw forbidden("Reporting an incident requires the regulator role.");
    const now = new Date();
    const report = { ...validateReport(input, now), ...validateOecdFields(input, ctx.country, ctx.participants) };
    const systemId = input.systemId == null ? null : await ownSystemId(ctx.db.manager, input.systemId);
    const incident = Object.assign(new Incident(), {
      id: randomUUID(),
      country: ctx.country,
      ...report,
      severity: input.severity,
      classification: input.classification,
      reportedAt: now,
      systemId,
      reportedBy: ctx.caller.subject,
      updatedAt: null,
      finalReportAt: null,
      demo: false,
    });
    await ctx.db.getRepository(Incident).insert(incident);
    return incident;
  }
}
