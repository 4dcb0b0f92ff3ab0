import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Caller } from "../auth/caller.js";
import type { IssuerRegistry } from "../auth/issuer-registry.js";
import { authenticate } from "../auth/authenticate.js";
import { maskErrors } from "../errors/mask-errors.js";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits, operationLimits } from "../limits/index.js";
import { SCHEMA_HASH_PATH, schemaHash } from "./schema-hash.js";
import { createHubHttpServer, listen, type RouteHandler, type RunningServer, sendJson } from "../http/hub-http-server.js";
import { NotReady } from "../health/not-ready.js";
import type { Logger } from "../logging/logger.js";

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** The trusted issuers now (membership can change while the service runs). */
  registry: () => IssuerRegistry;
  logger: Logger;
  /** Builds the per-request context once the caller is known; `operationHash` identifies the request. */
  context: (caller: Caller, operationHash: string) => TContext;
  port: number;
  host?: string;
  /** Liveness facts for GET /health (e.g. the country this deployment serves). */
  health?: () => Promise<Record<string, unknown>>;
  /** Operation limits now (the hub config's `limits`); defaults when not given. */
  limits?: () => OperationLimits;
  /** Extra public GET routes (e.g. a national deployment's access-log head key). */
  routes?: Record<string, RouteHandler>;
}

/**
 * Starts one subgraph (board or a national deployment). Each subgraph verifies the caller's token
 * itself against the shared issuer registry: it trusts nothing the gateway could have forged.
 */
export async function serveSubgraph<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const { logger, registry } = options;
  const limits = operationLimits(options.limits ?? (() => DEFAULT_OPERATION_LIMITS));
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // No usage traces to the gateway and no landing page that loads Apollo's hosted sandbox.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), ...limits.plugins],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
  });
  await apollo.start();
  const hash = schemaHash(options.schema);
  const server = createHubHttpServer<TContext>({
    apollo,
    logger,
    context: async (req: IncomingMessage, body: unknown) => {
      const caller = await authenticate(req.headers.authorization, registry(), logger);
      return options.context(caller, operationHash(req, body));
    },
    routes: {
      ...options.routes,
      // Public: it tells which schema this deployment serves, nothing about its data.
      [SCHEMA_HASH_PATH]: (_req, res) => sendJson(res, 200, { sha256: hash }),
      "/health": async (_req, res) => {
        try {
          sendJson(res, 200, { status: "up", service: options.name, ...(await options.health?.()) });
        } catch (error) {
          logger.error("health check failed", { error: String(error) });
          const named = error instanceof NotReady ? { reason: error.reason, detail: error.detail } : {};
          sendJson(res, 503, { status: "down", service: options.name, ...named });
        }
      },
    },
  });
  return listen(server, options.port, options.host, () => apollo.stop());
}

/** SHA-256 of what was asked: the query, its variables and operation name (POST body or GET search). */
function operationHash(req: IncomingMessage, body: unknown): string {
  const asked = body ?? new URL(req.url ?? "/", "http://localhost").search;
  return createHash("sha256").update(typeof asked === "string" ? asked : JSON.stringify(asked)).digest("hex");
}
