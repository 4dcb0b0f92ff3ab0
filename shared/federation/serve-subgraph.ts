import type { BaseContext } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Caller } from "../auth/caller.js";
import type { IssuerRegistry } from "../auth/issuer-registry.js";
import { authenticate } from "../auth/authenticate.js";
import type { LiveConfig } from "../config/live-config.js";
import { NotReady } from "../health/not-ready.js";
import { limitsOf, operationLimits } from "../limits/index.js";
import type { Logger } from "../logging/logger.js";
import type { MetricsListenerOptions } from "../observability/metrics/metrics-listener.js";
import type { ServiceMetrics } from "../observability/metrics/service-metrics.js";
import { type ApolloExtras, startHubApollo } from "../service/hub-apollo-server.js";
import { noStoreResponses } from "../service/no-store.js";
import type { GraphQLRequestInfo } from "../service/graphql-route.js";
import type { RouteHandler } from "../service/plain-routes.js";
import { type RunningServer, startServiceHttp } from "../service/service-http.js";
import { SCHEMA_HASH_PATH, schemaHash } from "./schema-hash.js";

export interface SubgraphServerOptions<TContext extends BaseContext> extends ApolloExtras<TContext> {
  name: string;
  schema: GraphQLSchema;
  /** The hub config the service follows (rate limits apply live; `http` is read at start). */
  config: LiveConfig;
  /** The trusted issuers now (membership can change while the service runs). */
  registry: () => IssuerRegistry;
  logger: Logger;
  /**
   * Builds the per-request context once the caller is known; `operationHash` identifies the request,
   * `request` holds its verified Authorization header and id (for a call made on the caller's behalf).
   */
  context: (caller: Caller, operationHash: string, request: GraphQLRequestInfo) => TContext;
  port: number;
  host?: string;
  /** Liveness facts for GET /health (e.g. the country this deployment serves); a throw answers 503. */
  health?: () => Promise<Record<string, unknown>>;
  /** Runs after the server has drained (close the database pool). */
  onClose?: () => Promise<void>;
  /** Extra public GET routes (e.g. a national deployment's access-log head key). */
  routes?: Record<string, RouteHandler>;
  /** This instance's metrics, with the subgraph's own registered on its registry. */
  serviceMetrics: ServiceMetrics;
  /** The metrics listener (HUB_METRICS_PORT/HOST); unset: counted, not served. */
  metrics?: MetricsListenerOptions;
}

/**
 * Starts one subgraph (board or a national deployment). Each subgraph verifies the caller's token
 * itself against the shared issuer registry: it trusts nothing the gateway could have forged.
 */
export async function serveSubgraph<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): Promise<RunningServer> {
  const { logger, registry, config } = options;
  // A subgraph applies the limits itself: it must not count on the gateway to have refused anything.
  const limits = operationLimits(() => limitsOf(config.get()));
  const apollo = await startHubApollo<TContext>({ schema: options.schema }, logger, {
    // No usage traces to the gateway nor to Apollo. No cache hints are used anywhere in the hub: the
    // cache-control plugin's hook on every resolved field only ever concluded `no-store`, kept as is.
    basePlugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStoreResponses(),
    ],
    plugins: [...limits.plugins, ...(options.plugins ?? [])],
    validationRules: [...limits.validationRules, ...(options.validationRules ?? [])],
    parseOptions: limits.parseOptions,
  });
  const hash = schemaHash(options.schema);
  return startServiceHttp<TContext>({
    apollo,
    logger,
    authenticate: (authorization) => authenticate(authorization, registry(), logger, (reason) => options.serviceMetrics.tokenRejected(reason)),
    context: (request) => options.context(request.identity.caller, request.operationHash, request),
    http: config.get().http,
    rateLimit: () => config.get().rateLimit,
    routes: {
      ...options.routes,
      // Public: it tells which schema this deployment serves, nothing about its data.
      [SCHEMA_HASH_PATH]: () => ({ status: 200, body: { sha256: hash } }),
      "/health": async () => {
        try {
          return { status: 200, body: { status: "up", service: options.name, ...(await options.health?.()) } };
        } catch (error) {
          logger.error("health check failed", { error: String(error) });
          const named = error instanceof NotReady ? { reason: error.reason, detail: error.detail } : {};
          return { status: 503, body: { status: "down", service: options.name, ...named } };
        }
      },
    },
    port: options.port,
    host: options.host,
    serviceMetrics: options.serviceMetrics,
    metrics: options.metrics,
    onClose: options.onClose,
  });
}
