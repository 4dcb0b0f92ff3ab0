import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

export type LimitName = "depth" | "aliases" | "directives" | "tokens" | "cost";

/**
 * A refusal the caller can act on: `BAD_USER_INPUT`, the limit's name, the figure found and the
 * maximum, in a sentence a person understands. The code is the hub's ordinary input-error code so that
 * every client (and the error masking) already knows it; `extensions.limit` tells which limit it was.
 * `found` is unknown only when the parser stopped counting at the limit.
 */
export function limitExceeded(limit: LimitName, found: number | undefined, max: number): GraphQLError {
  return new GraphQLError(MESSAGES[limit](found === undefined ? undefined : format(found), format(max)), {
    extensions: { code: "BAD_USER_INPUT", limit, ...(found === undefined ? {} : { found }), max, http: { status: 400, headers: new HeaderMap() } },
  });
}

const MESSAGES: Record<LimitName, (found: string | undefined, max: string) => string> = {
  depth: (found, max) => `Query depth ${found} exceeds the limit of ${max}: nest fewer fields inside each other.`,
  aliases: (found, max) => `Query uses ${found} aliases, more than the limit of ${max}.`,
  directives: (found, max) => `Query uses ${found} directives, more than the limit of ${max}.`,
  tokens: (found, max) =>
    found === undefined
      ? `Query has more tokens than the limit of ${max}: send a shorter query.`
      : `Query has ${found} tokens, more than the limit of ${max}: send a shorter query.`,
  cost: (found, max) =>
    `Query cost ${found} exceeds the limit of ${max}: the answer could hold that many values (each field counts once ` +
    "per item of every list around it: `first`, the countries asked for). Ask for fewer countries, a smaller `first` or fewer fields, and page.",
};

function format(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "beyond counting";
}
