import { GraphQLError } from "graphql";
import { ErrorCode } from "../../../shared/errors/hub-errors.js";
import { REQUEST_ID_HEADER } from "../../../shared/service/request-id.js";

/**
 * Asks the hub's gateway a question on the caller's behalf, with the caller's own Authorization header:
 * the country that answers applies its rules to the caller, exactly as for a request the caller made
 * itself. The board adds no identity of its own, so it can learn nothing the caller could not.
 */
export interface GatewayClient {
  /** The most aliases the gateway accepts in one operation (the hub config's limits). */
  maxAliases: number;
  query<T>(document: string, variables: Record<string, unknown>): Promise<T>;
}

export interface GatewayCallFacts {
  /** board.gatewayUrl from the hub config; undefined when the operator has not set it. */
  url: string | undefined;
  authorization: string;
  requestId: string;
  timeoutMs: number;
  maxAliases: number;
  /** Who is being asked, for the error a client sees ("JP"). */
  country: string;
}

export function gatewayClient(facts: GatewayCallFacts): GatewayClient {
  return {
    maxAliases: facts.maxAliases,
    async query<T>(document: string, variables: Record<string, unknown>): Promise<T> {
      if (!facts.url) throw unavailable(facts.country, "the board has no gateway URL configured (board.gatewayUrl)", "not_configured");
      let response: Response;
      try {
        response = await fetch(facts.url, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json", authorization: facts.authorization, [REQUEST_ID_HEADER]: facts.requestId },
          body: JSON.stringify({ query: document, variables }),
          signal: AbortSignal.timeout(facts.timeoutMs),
        });
      } catch (error) {
        const timedOut = (error as Error).name === "TimeoutError";
        throw timedOut
          ? unavailable(facts.country, `no answer within ${facts.timeoutMs} ms`, "timeout")
          : unavailable(facts.country, "the gateway could not be reached", "gateway_unreachable");
      }
      let body: { data?: T | null; errors?: { message?: string; extensions?: { code?: string; reason?: unknown } }[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw unavailable(facts.country, `the gateway answered HTTP ${response.status} without a GraphQL body`, "bad_response");
      }
      // Any error means an answer that cannot be trusted to be complete: nothing is stored on half a check.
      const first = body.errors?.[0];
      if (first || !response.ok || body.data == null) {
        const code = first?.extensions?.code;
        // The gateway's own reason when it gave one (timeout, circuit_open, schema_mismatch, ...).
        const reason = typeof first?.extensions?.reason === "string" ? first.extensions.reason : "bad_response";
        throw unavailable(facts.country, first ? `${code ? `${code}: ` : ""}${first.message ?? "an error"}` : `HTTP ${response.status}`, reason);
      }
      return body.data;
    },
  };
}

function unavailable(country: string, why: string, reason: string): GraphQLError {
  return new GraphQLError(`${country} could not be asked to vouch for the report (${why}); nothing was stored. Try again later.`, {
    extensions: { code: ErrorCode.NATION_UNAVAILABLE, country, reason },
  });
}
