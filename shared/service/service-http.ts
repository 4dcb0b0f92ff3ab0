import { type ApolloServer, type BaseContext } from "@apollo/server";
import cors from "@fastify/cors";
import Fastify, { type FastifyInstance } from "fastify";
import type { Caller } from "../auth/caller.js";
import { DEFAULT_HTTP, type HttpSettings, type RateLimitSettings } from "../config/hub-config.js";
import type { Logger } from "../logging/logger.js";
import { type MetricsListener, type MetricsListenerOptions, startMetricsListener } from "../observability/metrics/metrics-listener.js";
import { requestLabels } from "../observability/metrics/request-outcome.js";
import type { ServiceMetrics } from "../observability/metrics/service-metrics.js";
import { authenticateRequest } from "./authenticate-request.js";
import { installDrainingClose } from "./draining-close.js";
import { answerAsBytes, graphqlHandler, graphqlOverHttpStatus, type GraphQLRequestInfo } from "./graphql-route.js";
import { errorHandler } from "./http-errors.js";
import type { RouteHandler } from "./plain-routes.js";
import { registerRateLimits } from "./rate-limits.js";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id.js";
import { bindRequestContext, inRequest, logRequest } from "./request-logging.js";
import { registerSecurityHeaders } from "./security-headers.js";

export interface ServiceHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  /** Verifies the `Authorization` header; throws the hub's UNAUTHENTICATED error. */
  authenticate: (authorization: string | undefined) => Promise<Caller>;
  /** Builds the per-request context once the caller is known. */
  context: (info: GraphQLRequestInfo) => Promise<TContext> | TContext;
  /** Read once at start (a change needs a restart). */
  http?: HttpSettings;
  /** Read on every request: a SIGHUP with new limits applies at once. */
  rateLimit: () => RateLimitSettings | undefined;
  /** Extra GET routes by exact path (health, schema hash), and by path prefix (dev JWKS). */
  routes?: Record<string, RouteHandler>;
  prefixRoutes?: Record<string, RouteHandler>;
  /** Registers what a service serves besides GraphQL and plain GET routes (the gateway's console). */
  extend?: (app: FastifyInstance) => Promise<void>;
  port: number;
  host?: string;
  /** This instance's metrics: counted whether or not they are served. */
  serviceMetrics?: ServiceMetrics;
  /** The metrics listener (GET /metrics on a port of its own, never the public one); unset: none. Needs `serviceMetrics`. */
  metrics?: MetricsListenerOptions;
  /** Runs once the server has drained and Apollo has stopped (close pools, stop timers). */
  onClose?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  /** `http://host:port/metrics` of the metrics listener, when there is one. */
  metricsUrl?: string;
  /**
   * Draining close: stops accepting, lets requests in flight finish within the grace period
   * (`http.shutdownGraceMs`), then cuts what is left, stops Apollo and runs `onClose`; the metrics
   * listener closes last (a scrape during the drain still sees the service). Idempotent.
   */
  close(): Promise<void>;
}

/**
 * The HTTP front every service shares (gateway, board, national subgraphs): GraphQL at /graphql behind
 * request ids, security headers, CORS for configured origins only, the token check before the body is
 * read, per-caller and per-country rate limits, a body limit that stops reading, and timeouts that cut
 * slow clients off.
 */
export async function startServiceHttp<TContext extends BaseContext>(options: ServiceHttpOptions<TContext>): Promise<RunningServer> {
  const http = options.http ?? DEFAULT_HTTP;
  const { logger } = options;
  const app: FastifyInstance = Fastify({
    bodyLimit: http.bodyLimitBytes,
    requestTimeout: http.requestTimeoutMs,
    // Node checks the header and request timeouts on this period (30 s by default): check often
    // enough that a timeout means what it says.
    http: { headersTimeout: http.headersTimeoutMs, connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(http.headersTimeoutMs / 4))) },
    genReqId: requestIdOf,
    requestIdHeader: false,
    // While draining, a new request on a kept-alive connection is refused (503) rather than started.
    return503OnClosing: true,
    forceCloseConnections: "idle",
  });
  app.decorateRequest("identity", null);
  app.decorateRequest("graphql", null);
  app.decorateRequest("refusal", null);
  bindRequestContext(app);
  const serviceMetrics = options.serviceMetrics;
  app.addHook("onResponse", async (request, reply) => {
    // The log line and the metric name a request alike (requestLabels); only /graphql is counted.
    const labels = request.routeOptions.url === "/graphql" ? requestLabels(request.graphql, request.refusal, reply.statusCode) : null;
    if (serviceMetrics && labels) serviceMetrics.observeRequest(labels.operationType, labels.outcome, request.identity?.caller.country ?? "none", reply.elapsedTime / 1000);
    logRequest(logger, request, reply, labels);
  });
  const onError = errorHandler(logger, http.bodyLimitBytes);
  app.setErrorHandler((error: Parameters<typeof onError>[0], request, reply) => inRequest(request, () => onError(error, request, reply)));
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "Not found. GraphQL is served at /graphql." }));
  registerSecurityHeaders(app);
  if (http.corsOrigins.length > 0) {
    await app.register(cors, { origin: http.corsOrigins, methods: ["GET", "POST"], exposedHeaders: [REQUEST_ID_HEADER, "retry-after"], maxAge: 600 });
  }
  // Bodies that are not JSON reach Apollo as text, which refuses them (CSRF prevention, content type).
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));
  const withinBudget = await registerRateLimits(app, options.rateLimit, logger, (limit) => serviceMetrics?.rateLimited(limit));
  app.route({
    method: ["GET", "POST"],
    url: "/graphql",
    onRequest: [authenticateRequest(options.authenticate), withinBudget],
    onSend: [graphqlOverHttpStatus, answerAsBytes],
    handler: graphqlHandler(options.apollo, options.context),
  });
  const plain = (handler: RouteHandler) => async (request: { url: string }, reply: import("fastify").FastifyReply) => {
    const answer = await handler(request.url.split("?")[0]!);
    void reply.code(answer.status);
    if (answer.contentType) return reply.type(answer.contentType).send(String(answer.body));
    return reply.type("application/json; charset=utf-8").send(JSON.stringify(answer.body));
  };
  for (const [path, handler] of Object.entries(options.routes ?? {})) app.get(path, plain(handler));
  for (const [prefix, handler] of Object.entries(options.prefixRoutes ?? {})) app.get(`${prefix.replace(/\/$/, "")}/*`, plain(handler));
  await options.extend?.(app);

  const close = installDrainingClose(app, http.shutdownGraceMs, async () => {
    await options.apollo.stop();
    await options.onClose?.();
  });
  const host = options.host ?? "127.0.0.1";
  // The metrics port first: a port already taken stops the start before the public port opens.
  const metrics = options.metrics ? await listenForMetrics(options.serviceMetrics, options.metrics) : undefined;
  try {
    await app.listen({ port: options.port, host });
  } catch (error) {
    await metrics?.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  if (metrics) logger.info("metrics listening", { url: metrics.url });
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    metricsUrl: metrics?.url,
    close: () =>
      (closing ??= (async () => {
        try {
          await close();
        } finally {
          await metrics?.close();
        }
      })()),
  };
}

async function listenForMetrics(serviceMetrics: ServiceMetrics | undefined, options: MetricsListenerOptions): Promise<MetricsListener> {
  if (!serviceMetrics) throw new Error("startServiceHttp: `metrics` (the listener) needs `serviceMetrics` (what it serves)");
  serviceMetrics.includeProcessMetrics();
  return startMetricsListener(serviceMetrics.registry, options);
}
