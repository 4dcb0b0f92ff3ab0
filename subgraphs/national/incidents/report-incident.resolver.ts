import { createHash, randomUUID } from "node:crypto";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { badUserInput, forbidden } from "../../../shared/errors/hub-errors.js";
import { can, RIGHTS } from "../../../shared/policy/rights.js";
import type { NationalContext } from "../context.js";
import { ownSystemId } from "../systems/own-system.js";
import { Incident } from "./incident.js";
import { ReportIncidentInput } from "./incident-types.js";
import { validateOecdFields } from "./validate-oecd-fields.js";
import { validateReport } from "./validate-report.js";

const KEY_MAX = 200;
const UNIQUE_VIOLATION = "23505";

@Resolver(() => Incident)
export class ReportIncidentResolver {
  @Mutation(() => Incident, { description: "Files an incident in the caller's own country's register." })
  async reportIncident(
    @Arg("input", () => ReportIncidentInput) input: ReportIncidentInput,
    @Ctx() ctx: NationalContext,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "Retrying with the same key (after a timeout, say) returns the first result and writes nothing twice.",
    })
    idempotencyKey?: string | null,
  ): Promise<Incident> {
    // A country's register is written by that country's own regulators only, whatever route the
    // request took to get here.
    if (ctx.caller.country !== ctx.country) {
      throw forbidden(`Only ${ctx.country}'s own authority can report incidents in ${ctx.country}'s register.`);
    }
    if (!can(ctx.caller, RIGHTS.REPORT_INCIDENTS)) throw forbidden("Reporting an incident requires the regulator role.");
    const key = idempotencyKey?.trim() || null;
    if (key && key.length > KEY_MAX) throw badUserInput(`\`idempotencyKey\` must be at most ${KEY_MAX} characters.`, "idempotencyKey");
    const requestHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
    if (key) {
      const earlier = await this.earlier(ctx, key, requestHash);
      if (earlier) return earlier;
    }
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
      idempotencyKey: key,
      requestHash: key ? requestHash : null,
      demo: false,
    });
    try {
      await ctx.db.getRepository(Incident).insert(incident);
    } catch (error) {
      // Two retries raced: the unique index let one through; answer the other with its result.
      const earlier = key && (error as { code?: string }).code === UNIQUE_VIOLATION ? await this.earlier(ctx, key, requestHash) : null;
      if (earlier) return earlier;
      throw error;
    }
    return incident;
  }

  /** The incident this caller already reported under `key`; a different request under the same key is refused. */
  private async earlier(ctx: NationalContext, key: string, requestHash: string): Promise<Incident | null> {
    const earlier = await ctx.db.getRepository(Incident).findOneBy({ reportedBy: ctx.caller.subject, idempotencyKey: key });
    if (earlier && earlier.requestHash !== requestHash) {
      throw badUserInput("This `idempotencyKey` was already used for a different report.", "idempotencyKey");
    }
    return earlier;
  }
}
