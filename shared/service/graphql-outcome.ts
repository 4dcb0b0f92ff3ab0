import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import type { FastifyRequest } from "fastify";
import { ErrorCode } from "../errors/hub-errors.js";

/** What a request asked and how it ended, once GraphQL has run: for the request's log line and its metrics. */
export interface GraphQLOutcome {
  /** The operation's name, or null for an anonymous one (or a document that did not resolve to one). */
  operationName: string | null;
  /** query, mutation or subscription; null when the document did not parse or validate. */
  operationType: string | null;
  /**
   * `ok` (no errors), `partial` (data and errors: a country's part is missing, say), or the first
   * error's `extensions.code` when there is no data: one of a fixed set (else OTHER), fit for a metric label.
   */
  outcome: string;
}

declare module "fastify" {
  interface FastifyRequest {
    graphql: GraphQLOutcome | null;
  }
}

/**
 * A symbol-keyed property, not a WeakMap keyed by the context object: Apollo hands plugins a shallow
 * copy of the context (`cloneObject` in ApolloServer.internalExecuteOperation), which keeps own
 * enumerable properties, symbols included, but not the object's identity.
 */
const REQUEST = Symbol("hub.httpRequest");

/** Ties a request's GraphQL context to its HTTP request, so the plugin below can write the outcome onto it. */
export function bindContext<TContext extends object>(context: TContext, request: FastifyRequest): TContext {
  (context as { [REQUEST]?: FastifyRequest })[REQUEST] = request;
  return context;
}

/** Records operation name, type and outcome on the HTTP request (`request.graphql`). */
export function recordGraphQLOutcome<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const request = (contextValue as { [REQUEST]?: FastifyRequest })[REQUEST];
      if (!request) return;
      const outcome: GraphQLOutcome = { operationName: null, operationType: null, outcome: "ok" };
      request.graphql = outcome;
      return {
        async didResolveOperation({ operation, operationName }) {
          outcome.operationName = operationName ?? null;
          outcome.operationType = operation?.operation ?? null;
        },
        async willSendResponse({ response, errors }) {
          const single = response.body.kind === "single" ? response.body.singleResult : undefined;
          const found = single?.errors ?? errors ?? [];
          if (found.length === 0) return;
          const hasData = single?.data !== undefined && single.data !== null;
          outcome.outcome = hasData ? "partial" : codeOf(found[0]!.extensions?.code);
        },
      };
    },
  };
}

/**
 * The codes an outcome may name: the hub's own and Apollo Server's. Anything else (a code a country's
 * deployment made up, say) is `OTHER`: the outcome is a metric label, and a label whose values a
 * deployment or a caller could invent would let them grow the gateway's metrics without bound.
 */
const KNOWN_CODES: ReadonlySet<string> = new Set([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

function codeOf(code: unknown): string {
  return typeof code === "string" && KNOWN_CODES.has(code) ? code : "OTHER";
}
