import { createHash } from "node:crypto";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { RequestIdentity } from "./authenticate-request.js";
import { bindContext } from "./graphql-outcome.js";
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
  return fastifyApolloHandler<TContext>(apollo, {
    context: async (request) => bindContext(await context({ identity: request.identity!, requestId: request.id, operationHash: operationHash(request) }), request),
  });
}

/** Route onSend hook: the status GraphQL over HTTP asks for under `application/json` (see statusFor). */
export async function graphqlOverHttpStatus(_request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (typeof payload === "string") void reply.code(statusFor(reply.statusCode, String(reply.getHeader("content-type") ?? ""), payload));
  return payload;
}

/**
 * Route onSend hook, after the status: the answer leaves as bytes, not as a string. Node writes a
 * string body by prepending the header block to it (one more copy of the whole answer) and encoding
 * that into a staging buffer of its own, each a fresh allocation the size of the answer; a fan-out's
 * answer runs to hundreds of kilobytes (356 KB from 100 countries), where fresh memory is what costs.
 * Encoded once here, the body is written as it is, and its length is known without another pass.
 */
export async function answerAsBytes(_request: FastifyRequest, _reply: FastifyReply, payload: unknown): Promise<unknown> {
  return typeof payload === "string" ? Buffer.from(payload) : payload;
}

function operationHash(request: FastifyRequest): string {
  const at = request.url.indexOf("?");
  const asked = request.body ?? (at === -1 ? "" : request.url.slice(at));
  return createHash("sha256").update(typeof asked === "string" ? asked : JSON.stringify(asked)).digest("hex");
}
