import { randomUUID } from "node:crypto";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent } from "../../../shared/idempotency/idempotent.js";
import { RIGHTS } from "../../../shared/policy/rights.js";
import { requireOwnWithRight } from "../access/own-country.js";
import type { NationalContext } from "../context.js";
import { Classification } from "../incidents/enums.js";
import { ownSystemId } from "../systems/own-system.js";
import { Audit, AuditKind, AuditStatus, Finding, FindingSeverity } from "./audit.js";

@InputType()
export class FindingInput {
  @Field(() => FindingSeverity)
  severity: FindingSeverity;

  @Field()
  title: string;

  @Field()
  description: string;
}

@InputType()
export class RecordAuditInput {
  @Field(() => ID)
  systemId: string;

  @Field(() => AuditKind)
  kind: AuditKind;

  @Field(() => AuditStatus)
  status: AuditStatus;

  @Field(() => Classification)
  classification: Classification;

  @Field()
  scope: string;

  @Field()
  methodology: string;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: "Required when COMPLETED, and only then." })
  completedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Whose auditors carried it out; another participant for CROSS_BORDER_PILOT. Default: this country." })
  auditorCountry?: string | null;

  @Field(() => String, { nullable: true, description: "A verification lab's published summary." })
  publishedSummary?: string | null;

  @Field(() => [FindingInput], { nullable: true })
  findings?: FindingInput[] | null;
}

const TEXT_MAX = 20_000;

@Resolver(() => Audit)
export class RecordAuditResolver {
  @Mutation(() => Audit, { description: "Records an audit of one of this country's AI systems, with its findings, in one transaction." })
  async recordAudit(
    @Arg("input", () => RecordAuditInput) input: RecordAuditInput,
    @Ctx() ctx: NationalContext,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null,
  ): Promise<Audit> {
    requireOwnWithRight(ctx, RIGHTS.RECORD_AUDITS, `Only ${ctx.country}'s own auditors can record audits in ${ctx.country}'s register.`);
    const now = new Date();
    const text = (value: string, field: string) => {
      const trimmed = value.trim();
      if (!trimmed || trimmed.length > TEXT_MAX) throw badUserInput(`\`${field}\` must be 1 to ${TEXT_MAX} characters.`, field);
      return trimmed;
    };
    const scope = text(input.scope, "scope");
    const methodology = text(input.methodology, "methodology");
    if (input.startedAt > now) throw badUserInput("`startedAt` is in the future.", "startedAt");
    const completedAt = input.completedAt ?? null;
    if ((input.status === AuditStatus.COMPLETED) !== (completedAt !== null)) {
      throw badUserInput("`completedAt` is required for a COMPLETED audit, and only for one.", "completedAt");
    }
    if (completedAt && (completedAt < input.startedAt || completedAt > now)) {
      throw badUserInput("`completedAt` must fall between `startedAt` and now.", "completedAt");
    }
    const auditorCountry = (input.auditorCountry ?? ctx.country).trim().toUpperCase();
    if (input.kind === AuditKind.CROSS_BORDER_PILOT ? auditorCountry === ctx.country || !ctx.participants.has(auditorCountry) : auditorCountry !== ctx.country) {
      throw badUserInput("A CROSS_BORDER_PILOT audit is carried out by another participant's auditors; any other kind by this country's.", "auditorCountry");
    }
    const publishedSummary = input.publishedSummary == null ? null : text(input.publishedSummary, "publishedSummary");
    const findings = (input.findings ?? []).map((f, i) => ({
      severity: f.severity,
      title: text(f.title, `findings[${i}].title`),
      description: text(f.description, `findings[${i}].description`),
    }));
    const retries = { country: ctx.caller.country, subject: ctx.caller.subject, operation: "recordAudit" };
    return idempotent(ctx.db, retries, idempotencyKey, input, async (manager) => {
      const audit = Object.assign(new Audit(), {
        id: randomUUID(),
        country: ctx.country,
        systemId: await ownSystemId(manager, input.systemId),
        kind: input.kind,
        status: input.status,
        classification: input.classification,
        scope,
        methodology,
        auditorCountry,
        startedAt: input.startedAt,
        completedAt,
        publishedSummary,
        demo: false,
      });
      await manager.getRepository(Audit).insert(audit);
      if (findings.length) {
        await manager.getRepository(Finding).insert(findings.map((f) => Object.assign(new Finding(), { id: randomUUID(), auditId: audit.id, ...f })));
      }
      return { id: audit.id, result: audit };
    }, (manager, id) => manager.getRepository(Audit).findOneByOrFail({ id }));
  }
}
