import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { IssuerRegistry } from "../shared/auth/issuer-registry.js";
import { authenticate } from "../shared/auth/authenticate.js";
import { DEFAULT_CIRCUIT } from "../shared/config/hub-config.js";
import type { LiveConfig } from "../shared/config/live-config.js";
import { maskErrors } from "../shared/errors/mask-errors.js";
import { limitsOf, operationLimits } from "../shared/limits/index.js";
import { createHubHttpServer, listen, type RouteHandler, type RunningServer, sendJson } from "../shared/http/hub-http-server.js";
import type { Logger } from "../shared/logging/logger.js";
import type { GatewayContext } from "./context.js";
import { DEV_ISSUERS_PATH, serveDevJwks } from "./dev-issuers/serve-dev-jwks.js";
import { checkHealth } from "./health/health.js";
import { SchemaWatch } from "./health/schema-watch.js";
import { BoardSource } from "./routing/board-source.js";
import { Circuits } from "./routing/circuit-breaker.js";
import { CountryRouter } from "./routing/country-router.js";
import { SubgraphClient } from "./routing/nation-client.js";
import { disableApolloTelemetry } from "./telemetry.js";

export interface GatewayOptions {
  /** Followed while running: countries, endpoints and issuers can change without a restart. */
  config: LiveConfig;
  supergraphSdl: string;
  port: number;
  host?: string;
  logger: Logger;
  /** Dev mode: serve the local issuers' public keys. */
  devIssuersDir?: string;
  /** Hash of the composed national schema; every country is checked against it. Unset: no check. */
  nationalSchemaHash?: string;
  /** How often the national schemas are checked again (default 30 s). */
  schemaCheckMs?: number;
}

export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { config, logger } = options;
  disableApolloTelemetry();
  let endpoints = endpointsOf(config);
  let registry = IssuerRegistry.fromConfig(config.get());
  const circuits = new Circuits(config.get().circuit ?? DEFAULT_CIRCUIT);
  const schemas = new SchemaWatch(() => config.get().countries, options.nationalSchemaHash, logger);
  config.onChange((next) => {
    endpoints = endpointsOf(config);
    registry = IssuerRegistry.fromConfig(next);
    return schemas.checkAll();
  });
  if (!options.nationalSchemaHash) logger.warn("no national schema hash given: countries' schema versions are not checked");
  await schemas.checkAll();
  schemas.start(options.schemaCheckMs ?? 30_000);
  const client = new SubgraphClient();
  const router = new CountryRouter(
    {
      endpointOf: (code) => endpoints.get(code),
      get timeoutMs() {
        return config.get().nationTimeoutMs;
      },
      circuits,
      client,
      schemaMismatch: (code) => schemas.isMismatched(code),
    },
    logger,
  );
  const board = new BoardSource(client, config.get().board.url, config.get().nationTimeoutMs, logger);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      if (name === "national") return router;
      if (name === "board") return board;
      throw new Error(`The supergraph names a subgraph "${name}" this gateway does not know.`);
    },
  });
  const limits = operationLimits(() => limitsOf(config.get()), { fanOutWidth: () => config.get().countries.length });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...limits.plugins],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
  });
  await apollo.start();
  const health: RouteHandler = async (_req, res) => {
    // The gateway can serve as long as it runs: a country that is down costs only its own part.
    sendJson(res, 200, await checkHealth(config.get(), circuits, schemas));
  };
  const server = createHubHttpServer<GatewayContext>({
    apollo,
    logger,
    // The edge check spares the subgraphs work on bad tokens; each subgraph still verifies for itself.
    context: async (req) => {
      const authorization = req.headers.authorization;
      const caller = await authenticate(authorization, registry, logger);
      return { caller, authorization: authorization! };
    },
    routes: { "/health": health },
    prefixRoutes: options.devIssuersDir ? { [DEV_ISSUERS_PATH]: serveDevJwks(options.devIssuersDir) } : {},
  });
  return listen(server, options.port, options.host, async () => {
    schemas.stop();
    await apollo.stop();
    await client.close();
  });
}

function endpointsOf(config: LiveConfig): Map<string, string> {
  return new Map(config.get().countries.map((country) => [country.code, country.url]));
}
