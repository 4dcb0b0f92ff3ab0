import { trace } from "@opentelemetry/api";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "../logging/logger.js";
import type { RequestLabels } from "../observability/metrics/request-outcome.js";
import { runInRequest } from "../logging/request-context.js";
import { REQUEST_ID_HEADER } from "./request-id.js";

/**
 * Every line logged while a request is handled carries its id (shared/logging/request-context.ts): the
 * request enters its context first thing, and every later hook, the handler and what they start run in
 * it. (Fastify resumes after the body has been read in the scope the parsing began in, so a body that
 * arrives late does not lose it: request-logging.test.ts.) The response carries the id back.
 */
export function bindRequestContext(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    // A trace is found from a request id too (and the id from a trace): the server span names it.
    trace.getActiveSpan()?.setAttribute("hub.request_id", request.id);
    runInRequest(request.id, done);
  });
}

/** For code Fastify calls outside the request's context (the response's end, a body that failed to parse). */
export function inRequest<T>(request: FastifyRequest, fn: () => T): T {
  return runInRequest(request.id, fn);
}

/**
 * One line per request, when its response has gone; a /graphql request is named by the labels its
 * metric has (operation type and outcome, see request-outcome.ts), and its operation's name. The caller is given by country and roles, not by
 * subject: who read what is the national access log's job (tamper-evident, under the country's own
 * retention rules); this line goes to shared log pipelines with wider access, where a person's
 * identifier would only add exposure. A request id ties the two together when an operator needs to.
 * Never the token, nor any header.
 */
export function logRequest(logger: Logger, request: FastifyRequest, reply: FastifyReply, labels: RequestLabels | null): void {
  const caller = request.identity?.caller;
  inRequest(request, () =>
    logger.info("request", {
      method: request.method,
      path: request.url.split("?")[0],
      ...(request.graphql ? { operation: request.graphql.operationName } : {}),
      ...(labels ? { operationType: labels.operationType, outcome: labels.outcome } : {}),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      ...(caller ? { country: caller.country, roles: caller.roles } : {}),
    }),
  );
}
