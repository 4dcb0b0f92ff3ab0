import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { RIGHTS } from "../../../shared/policy/rights.js";
import { requireOwnWithRight } from "../access/own-country.js";
import type { NationalContext } from "../context.js";
import { Country } from "../country/country.js";
import { checkAgainstHead, readAccessLogHead } from "../deployment/access-log-head.js";

@ObjectType({ description: "The access log's last position and hash, signed with the country's key (compact JWS, ES256)." })
export class SignedAccessLogHeadType {
  @Field(() => Int, { description: "Position of the last entry (0 for an empty log)." })
  seq: number;

  @Field({ description: "Hash of the last entry." })
  hash: string;

  @Field(() => Date, { description: "When the head was read and signed." })
  at: Date;

  @Field(() => String, { nullable: true, description: "Thumbprint of the signing key, published at GET /access-log-head/jwks.json." })
  kid: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Compact JWS over {country, seq, hash, at}; keep it outside this country's database. Null when no signing key is configured.",
  })
  signature: string | null;
}

@ObjectType({ description: "The access log compared with a head it published earlier." })
export class AccessLogHeadCheck {
  @Field({ description: "The log still holds the published hash at the published position." })
  valid: boolean;

  @Field(() => Int)
  seq: number;

  @Field(() => Date, { description: "When the head was published." })
  publishedAt: Date;

  @Field()
  publishedHash: string;

  @Field(() => String, { nullable: true, description: "The hash at that position now (null: the entry is gone)." })
  currentHash: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

function requireOwnLogReader(ctx: NationalContext): void {
  requireOwnWithRight(ctx, RIGHTS.READ_ACCESS_LOG, `Only ${ctx.country}'s own regulators and auditors can read ${ctx.country}'s access log.`);
}

@Resolver(() => Country)
export class AccessLogHeadResolver {
  @FieldResolver(() => SignedAccessLogHeadType, {
    nullable: true,
    description: "The access log's head, signed now: publish it where a later edit of the database cannot reach it.",
  })
  async accessLogHead(@Root() country: Country, @Ctx() ctx: NationalContext): Promise<SignedAccessLogHeadType | null> {
    if (country.code !== ctx.country) return null;
    requireOwnLogReader(ctx);
    const at = new Date();
    const signer = ctx.deployment?.headSigner;
    if (!signer) return { ...(await readAccessLogHead(ctx.db)), at, kid: null, signature: null };
    const { seq, hash } = await readAccessLogHead(ctx.db);
    const signed = await signer.sign({ country: ctx.country, seq, hash, at: at.toISOString() });
    return { seq, hash, at, kid: signed.kid, signature: signed.jws };
  }

  @FieldResolver(() => AccessLogHeadCheck, {
    nullable: true,
    description: "Checks the access log against a head this country signed earlier (its `signature`): a rewritten log fails.",
  })
  async accessLogHeadCheck(
    @Root() country: Country,
    @Ctx() ctx: NationalContext,
    @Arg("published", () => String, { description: "The compact JWS of a published head." }) published: string,
  ): Promise<AccessLogHeadCheck | null> {
    if (country.code !== ctx.country) return null;
    requireOwnLogReader(ctx);
    const signer = ctx.deployment?.headSigner;
    if (!signer) throw badUserInput(`${ctx.country} signs no access-log head (no signing key is configured): there is nothing to check against.`, "published");
    if (published.length > 4096) throw badUserInput("`published` is not a head signed by this country.", "published");
    const head = await signer.verify(published).catch(() => null);
    if (!head || head.country !== ctx.country) {
      throw badUserInput(`\`published\` is not an access-log head signed by ${ctx.country}'s current key.`, "published");
    }
    const check = await checkAgainstHead(ctx.db, head);
    return {
      valid: check.valid,
      seq: check.published.seq,
      publishedAt: new Date(check.published.at),
      publishedHash: check.published.hash,
      currentHash: check.currentHash,
      reason: check.reason,
    };
  }
}
