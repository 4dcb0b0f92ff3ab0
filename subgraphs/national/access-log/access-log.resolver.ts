import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { badUserInput, forbidden } from "../../../shared/errors/hub-errors.js";
import { mayReadAccessLog } from "../../../shared/policy/owner-only.js";
import type { NationalContext } from "../context.js";
import { Country } from "../country/country.js";
import { assertPageSize, PageInfo } from "../pagination/page-info.js";
import { AccessLogEntry } from "./access-log-entry.js";
import { AccessLogFilter, applyAccessLogFilter, validateAccessLogFilter } from "./access-log-filter.js";
import { verifyChain } from "./verify-chain.js";

@ObjectType()
export class AccessLogConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [AccessLogEntry])
  nodes: AccessLogEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: "The result of recomputing the access log's hash chain." })
export class AccessLogIntegrity {
  @Field()
  valid: boolean;

  @Field(() => Int)
  entries: number;

  @Field({ description: "Hash of the last entry." })
  head: string;

  @Field(() => Int, { nullable: true, description: "First position where the chain does not hold." })
  brokenAt: number | null;

  @Field(() => Int, { description: "The verified checkpoint the check started from (0: the first entry)." })
  from: number;
}

function requireOwnLogReader(ctx: NationalContext): void {
  if (!mayReadAccessLog(ctx.caller, ctx.country)) {
    throw forbidden(`Only ${ctx.country}'s own regulators and auditors can read ${ctx.country}'s access log.`);
  }
}

@Resolver(() => Country)
export class AccessLogResolver {
  @FieldResolver(() => AccessLogConnection, { nullable: true, description: "Every foreign read of this country's non-public records, newest first; `filter` narrows it (and `totalCount`)." })
  async accessLog(
    @Root() country: Country,
    @Ctx() ctx: NationalContext,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => AccessLogFilter, { nullable: true }) filter: AccessLogFilter | null,
  ): Promise<AccessLogConnection | null> {
    if (country.code !== ctx.country) return null;
    requireOwnLogReader(ctx);
    assertPageSize(first);
    validateAccessLogFilter(filter);
    const before = after == null ? null : Number(Buffer.from(after, "base64url").toString("utf8"));
    if (before !== null && !(Number.isSafeInteger(before) && before > 0)) throw badUserInput("`after` is not a cursor returned by this list.", "after");
    const repository = ctx.db.getRepository(AccessLogEntry);
    const matching = () => {
      const query = repository.createQueryBuilder("e").where("TRUE");
      applyAccessLogFilter(query, filter);
      return query;
    };
    const page = matching().orderBy("e.seq", "DESC").limit(first + 1);
    if (before !== null) page.andWhere("e.seq < :beforeSeq", { beforeSeq: before });
    const [rows, totalCount] = await Promise.all([first > 0 ? page.getMany() : Promise.resolve([]), matching().getCount()]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      totalCount,
      nodes,
      pageInfo: {
        endCursor: last ? Buffer.from(String(last.seq)).toString("base64url") : null,
        hasNextPage: first > 0 ? rows.length > first : totalCount > 0,
      },
    };
  }

  @FieldResolver(() => AccessLogIntegrity, {
    nullable: true,
    description:
      "Checks the access log's hash chain from the last verified checkpoint (every entry since, and the checkpointed entry itself); `full: true` recomputes it from the first entry.",
  })
  async accessLogIntegrity(
    @Root() country: Country,
    @Ctx() ctx: NationalContext,
    @Arg("full", () => Boolean, { defaultValue: false }) full: boolean,
  ): Promise<AccessLogIntegrity | null> {
    if (country.code !== ctx.country) return null;
    requireOwnLogReader(ctx);
    return verifyChain(ctx.db, { full });
  }
}
