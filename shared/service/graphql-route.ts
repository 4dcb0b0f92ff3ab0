import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { RequestIdentity } from "./authenticate-request.js";
import { statusFor } from "./graphql-over-http-status.js";

/** What a service needs to build its per-request context: who calls, and what was asked. */
export interface GraphQLRequestInfo {
  identity: RequestIdentity;
  requestId: string;
  /** SHA-256 of what was asked: the query, its variables and operation name (POST body or GET search). */
  operationHash: string;
}

/** Serves Apollo at the route; the caller is already authenticated (onRequest) and within its budgets. */
export function graphqlHandler<TContext extends BaseContext>(apollo: ApolloServer<TContext>, context: (info: GraphQLRequestInfo) => Promise<TContext> | TContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const search = searchOf(request.url);
    const info: GraphQLRequestInfo = { identity: request.identity!, requestId: request.id, operationHash: operationHash(request.body, search) };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search, body: request.body },
      context: async () => context(info),
    });
    for (const [key, value] of response.headers) void reply.header(key, value);
    if (response.body.kind === "complete") {
      return reply.code(statusFor(response, response.body.string)).send(response.body.string);
    }
    return reply.code(response.status ?? 200).send(Readable.from(response.body.asyncIterator));
  };
}

function searchOf(url: string): string {
  const at = url.indexOf("?");
  return at === -1 ? "" : url.slice(at);
}

function operationHash(body: unknown, search: string): string {
  const asked = body ?? search;
  return createHash("sha256").update(typeof asked === "string" ? asked : JSON.stringify(asked)).digest("hex");
}
