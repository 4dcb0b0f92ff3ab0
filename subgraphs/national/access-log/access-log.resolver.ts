import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { RIGHTS } from "../../../shared/policy/rights.js";
import { requireOwnWithRight } from "../access/own-country.js";
import type { NationalContext } from "../context.js";
import { Country } from "../country/country.js";
import { assertPageSize, PageInfo } from "../pagination/page-info.js";
import { AccessLogEntry } from "./access-log-entry.js";
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
}

function requireOwnLogReader(country: Country, ctx: NationalContext): void {
  requireOwnWithRight(ctx, RIGHTS.READ_ACCESS_LOG, `Only ${ctx.country}'s own regulators and auditors can read ${ctx.country}'s access log.`);
}

@Resolver(() => Country)
export class AccessLogResolver {
  @FieldResolver(() => AccessLogConnection, { nullable: true, description: "Every foreign read of this country's non-public records, newest first." })
  async accessLog(
    @Root() country: Country,
    @Ctx() ctx: NationalContext,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<AccessLogConnection | null> {
    if (country.code !== ctx.country) return null;
    requireOwnLogReader(country, ctx);
    assertPageSize(first);
    const before = after == null ? null : Number(Buffer.from(after, "base64url").toString("utf8"));
    if (before !== null && !(Number.isSafeInteger(before) && before > 0)) throw badUserInput("`after` is not a cursor returned by this list.", "after");
    const repository = ctx.db.getRepository(AccessLogEntry);
    const page = repository.createQueryBuilder("e").orderBy("e.seq", "DESC").limit(first + 1);
    if (before !== null) page.where("e.seq < :before", { before });
    const [rows, totalCount] = await Promise.all([first > 0 ? page.getMany() : Promise.resolve([]), repository.count()]);
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

  @FieldResolver(() => AccessLogIntegrity, { nullable: true, description: "Recomputes the whole hash chain of the access log." })
  async accessLogIntegrity(@Root() country: Country, @Ctx() ctx: NationalContext): Promise<AccessLogIntegrity | null> {
    if (country.code !== ctx.country) return null;
    requireOwnLogReader(country, ctx);
    return verifyChain(ctx.db);
  }
}
