import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { FastifyRequest } from "fastify";

/** What a request asked and how it ended, once GraphQL has run: for the request's log line and its metrics. */
export interface GraphQLOutcome {
  /** The operation's name, or null for an anonymous one (or a document that did not resolve to one). */
  operationName: string | null;
  /** query, mutation or subscription; null when the document did not parse or validate. */
  operationType: string | null;
  /**
   * `ok` (no errors), `partial` (data and errors: a country's part is missing, say), or the first
   * error's `extensions.code` when there is no data: a small fixed set, fit for a metric label.
   */
  outcome: string;
}

declare module "fastify" {
  interface FastifyRequest {
    graphql: GraphQLOutcome | null;
  }
}

/**
 * The HTTP request, under a symbol key of the context. Not a WeakMap keyed by the context: Apollo hands
 * plugins a shallow copy of the context (`cloneObject` in internalExecuteOperation), never the object
 * built for the request. The copy keeps own enumerable properties, symbol keys included.
 */
const HTTP_REQUEST = Symbol("hub.httpRequest");

/** Ties a request's GraphQL context to its HTTP request, so the plugin below can write the outcome onto it. */
export function bindContext<TContext extends object>(context: TContext, request: FastifyRequest): TContext {
  (context as { [HTTP_REQUEST]?: FastifyRequest })[HTTP_REQUEST] = request;
  return context;
}

/** Records operation name, type and outcome on the HTTP request (`request.graphql`). */
export function recordGraphQLOutcome<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const request = (contextValue as { [HTTP_REQUEST]?: FastifyRequest })[HTTP_REQUEST];
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

const CODE = /^[A-Z_]{1,40}$/;

function codeOf(code: unknown): string {
  return typeof code === "string" && CODE.test(code) ? code : "INTERNAL_SERVER_ERROR";
}
