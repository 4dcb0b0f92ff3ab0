import { randomUUID } from "node:crypto";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent } from "../../../shared/idempotency/idempotent.js";
import { isActive } from "../../../shared/policy/grant-terms.js";
import { grantsListedTo } from "../../../shared/policy/owner-only.js";
import { RIGHTS } from "../../../shared/policy/rights.js";
import { requireOwnWithRight } from "../access/own-country.js";
import type { NationalContext } from "../context.js";
import { Country } from "../country/country.js";
import { UUID } from "../pagination/cursor.js";
import { Grant } from "./grant.js";
import { GrantInput } from "./grant-input.js";
import { validateGrant } from "./validate-grant.js";

function requireOwnNegotiator(ctx: NationalContext, action: string): void {
  requireOwnWithRight(ctx, RIGHTS.MANAGE_GRANTS, `Only ${ctx.country}'s own negotiators can ${action} ${ctx.country}'s grants.`);
}

@Resolver(() => Grant)
export class GrantsResolver {
  @Mutation(() => Grant, { description: "Opens this country's records, as the terms say, to another participant." })
  async grantAccess(
    @Arg("input", () => GrantInput) input: GrantInput,
    @Ctx() ctx: NationalContext,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null,
  ): Promise<Grant> {
    requireOwnNegotiator(ctx, "issue");
    const now = new Date();
    const terms = validateGrant(input, ctx.country, ctx.participants, now);
    return idempotent(
      ctx.db,
      { country: ctx.caller.country, subject: ctx.caller.subject, operation: "grantAccess" },
      idempotencyKey,
      input,
      async (manager) => {
        const grant = Object.assign(new Grant(), {
          id: randomUUID(),
          grantor: ctx.country,
          ...terms,
          issuedBy: ctx.caller.subject,
          issuedAt: now,
          revokedAt: null,
          revokedBy: null,
        });
        await manager.getRepository(Grant).insert(grant);
        return { id: grant.id, result: grant };
      },
      (manager, id) => manager.getRepository(Grant).findOneByOrFail({ id }),
    );
  }

  @Mutation(() => Grant, { description: "Ends a grant; it stops opening anything from the next request on." })
  async revokeGrant(@Arg("id", () => ID) id: string, @Ctx() ctx: NationalContext): Promise<Grant> {
    requireOwnNegotiator(ctx, "revoke");
    const repository = ctx.db.getRepository(Grant);
    const grant = UUID.test(id) ? await repository.findOneBy({ id: id.toLowerCase() }) : null;
    if (!grant) throw badUserInput(`${ctx.country} has no grant with this id.`, "id");
    if (grant.revokedAt) return grant;
    const revokedAt = new Date();
    await repository.update({ id: grant.id }, { revokedAt, revokedBy: ctx.caller.subject });
    return Object.assign(grant, { revokedAt, revokedBy: ctx.caller.subject });
  }

  @FieldResolver(() => Boolean, { description: "In force now: within its validity window and not revoked." })
  active(@Root() grant: Grant): boolean {
    return isActive(grant, new Date());
  }
}

@Resolver(() => Country)
export class CountryGrantsResolver {
  @FieldResolver(() => [Grant], {
    nullable: true,
    description: "This country's grants: all of them for its own regulators and negotiators, those naming the caller's country for another participant.",
  })
  async grants(@Root() country: Country, @Ctx() ctx: NationalContext): Promise<Grant[] | null> {
    if (country.code !== ctx.country) return null;
    const listing = grantsListedTo(ctx.caller, ctx.country);
    if (listing === "NONE") return [];
    const query = ctx.db.getRepository(Grant).createQueryBuilder("g").orderBy("g.issuedAt", "DESC").addOrderBy("g.id", "DESC");
    if (listing === "NAMING_CALLER") query.where("g.grantee = :grantee", { grantee: ctx.caller.country });
    return query.getMany();
  }
}
