import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { GrantTerms } from "../../../shared/policy/grant-terms.js";
import { RIGHTS } from "../../../shared/policy/rights.js";
import type { ReadRule } from "../../../shared/policy/visibility.js";
import { RECORD_TABLES, readableQuery } from "../access/record-tables.js";
import { requireOwnWithRight } from "../access/own-country.js";
import type { NationalContext } from "../context.js";
import { Classification } from "../incidents/enums.js";
import { RecordKindEnum } from "./grant.js";
import { GrantInput } from "./grant-input.js";
import { validateGrant } from "./validate-grant.js";

@ObjectType()
export class GrantPreviewCount {
  @Field(() => RecordKindEnum)
  kind: RecordKindEnum;

  @Field(() => Classification)
  classification: Classification;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "What a grant with these terms would open today, before it is issued." })
export class GrantPreview {
  @Field(() => [GrantPreviewCount], { description: "Records the grant would open, by kind and classification." })
  counts: GrantPreviewCount[];

  @Field(() => Int)
  total: number;
}

@Resolver()
export class PreviewGrantResolver {
  @Query(() => GrantPreview, { description: "Counts what a grant would open, by kind and classification; for the owner's negotiators only." })
  async previewGrant(@Arg("input", () => GrantInput) input: GrantInput, @Ctx() ctx: NationalContext): Promise<GrantPreview> {
    requireOwnWithRight(ctx, RIGHTS.MANAGE_GRANTS, `Only ${ctx.country}'s own negotiators can preview ${ctx.country}'s grants.`);
    const now = new Date();
    const terms = validateGrant(input, ctx.country, ctx.participants, now);
    const grant: GrantTerms = { id: "preview", grantor: ctx.country, ...terms, validFrom: now, validUntil: new Date(now.getTime() + 1), revokedAt: null };
    // Nothing open outright: only what the grant itself opens is counted.
    const rule: ReadRule = { open: [], grants: [grant] };
    const counts: GrantPreviewCount[] = [];
    for (const kind of terms.recordKinds) {
      // The owner's own negotiators count under a rule that is not theirs (the grant's alone): the same
      // SQL as every read, but no record leaves and nothing is logged.
      const alias = RECORD_TABLES[kind].alias;
      const rows = await readableQuery(ctx.db, kind, rule)
        .select(`${alias}.classification`, "classification")
        .addSelect("count(*)::int", "count")
        .groupBy(`${alias}.classification`)
        .orderBy(`${alias}.classification`)
        .getRawMany<{ classification: Classification; count: number }>();
      for (const row of rows) counts.push({ kind: kind as RecordKindEnum, classification: row.classification, count: row.count });
    }
    return { counts, total: counts.reduce((sum, c) => sum + c.count, 0) };
  }
}
