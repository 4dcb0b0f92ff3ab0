import { ApolloGateway } from "@apollo/gateway";
import { IssuerRegistry } from "../shared/auth/issuer-registry.js";
import { authenticate } from "../shared/auth/authenticate.js";
import { DEFAULT_CIRCUIT } from "../shared/config/hub-config.js";
import type { LiveConfig } from "../shared/config/live-config.js";
import { limitsOf, operationLimits } from "../shared/limits/index.js";
import type { Logger } from "../shared/logging/logger.js";
import type { MetricsListenerOptions } from "../shared/observability/metrics/metrics-listener.js";
import { ServiceMetrics } from "../shared/observability/metrics/service-metrics.js";
import { type ApolloExtras, startHubApollo } from "../shared/service/hub-apollo-server.js";
import { type RunningServer, startServiceHttp } from "../shared/service/service-http.js";
import { oidcOrigins, serveConsole } from "./console/serve-console.js";
import type { GatewayContext } from "./context.js";
import { DEV_ISSUERS_PATH, serveDevJwks } from "./dev-issuers/serve-dev-jwks.js";
import { checkHealth } from "./health/health.js";
import { SchemaWatch } from "./health/schema-watch.js";
import { BoardSource } from "./routing/board-source.js";
import { Circuits } from "./routing/circuit-breaker.js";
import { CountryRouter } from "./routing/country-router.js";
import { NationMetrics } from "./routing/nation-metrics.js";
import { SIGN_IN_PROVIDERS_PATH, signInProvidersRoute } from "./sign-in/providers-route.js";
import { holdOneByteNames } from "./supergraph/one-byte-names.js";
import { SubgraphClient } from "./routing/nation-client.js";
import { disableApolloTelemetry } from "./telemetry.js";

export interface GatewayOptions extends ApolloExtras<GatewayContext> {
  /** Followed while running: countries, endpoints and issuers can change without a restart. */
  config: LiveConfig;
  supergraphSdl: string;
  port: number;
  host?: string;
  logger: Logger;
  /** Dev mode: serve the local issuers' public keys. */
  devIssuersDir?: string;
  /** The built console (dist/console); unset: the gateway serves only the API. */
  consoleDir?: string;
  /** Hash of the composed national schema; every country is checked against it. Unset: no check. */
  nationalSchemaHash?: string;
  /** How often the national schemas are checked again (default 30 s). */
  schemaCheckMs?: number;
  /** The metrics listener (HUB_METRICS_PORT/HOST); unset: metrics are counted but not served. */
  metrics?: MetricsListenerOptions;
}

export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { config, logger } = options;
  disableApolloTelemetry();
  let endpoints = endpointsOf(config);
  let registry = IssuerRegistry.fromConfig(config.get());
  const metrics = new ServiceMetrics("gateway");
  const nations = new NationMetrics(metrics.registry, () => circuits, () => config.get().countries.map((country) => country.code));
  const circuits = new Circuits(config.get().circuit ?? DEFAULT_CIRCUIT, (country) => nations.circuitOpenedFor(country));
  // Reachability is probed for the metrics only when they are served (without a schema hash, the
  // probes would otherwise be traffic for nobody).
  const onReachability = options.metrics ? (country: string, reachable: boolean) => nations.reachable(country, reachable) : undefined;
  // One client for the calls and the periodic checks, each over kept-alive connections (the checks in a pool of their own).
  const client = new SubgraphClient();
  const get = (url: string, timeoutMs: number) => client.get(url, timeoutMs);
  const schemas = new SchemaWatch(() => config.get().countries, get, options.nationalSchemaHash, logger, onReachability);
  config.onChange((next) => {
    endpoints = endpointsOf(config);
    registry = IssuerRegistry.fromConfig(next);
    return schemas.checkAll();
  });
  if (!options.nationalSchemaHash) logger.warn("no national schema hash given: countries' schema versions are not checked");
  await schemas.checkAll();
  schemas.start(options.schemaCheckMs ?? 30_000);
  const router = new CountryRouter(
    {
      endpointOf: (code) => endpoints.get(code),
      get timeoutMs() {
        return config.get().nationTimeoutMs;
      },
      circuits,
      client,
      schemaMismatch: (code) => schemas.isMismatched(code),
      observer: nations,
    },
    logger,
  );
  const board = new BoardSource(client, config.get().board.url, config.get().nationTimeoutMs, logger, nations);
  holdOneByteNames(options.supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      if (name === "national") return router;
      if (name === "board") return board;
      throw new Error(`The supergraph names a subgraph "${name}" this gateway does not know.`);
    },
  });
  // Cost counts the fan-out: `countries` asks every member unless `codes` names fewer.
  const limits = operationLimits(() => limitsOf(config.get()), { fanOutWidth: () => config.get().countries.length });
  const apollo = await startHubApollo<GatewayContext>({ gateway }, logger, {
    plugins: [...limits.plugins, ...(options.plugins ?? [])],
    validationRules: [...limits.validationRules, ...(options.validationRules ?? [])],
    parseOptions: limits.parseOptions,
  });
  return startServiceHttp<GatewayContext>({
    apollo,
    logger,
    // The edge check spares the subgraphs work on bad tokens; each subgraph still verifies for itself.
    authenticate: (authorization) => authenticate(authorization, registry, logger, (reason) => metrics.tokenRejected(reason)),
    context: ({ identity, requestId }) => ({ caller: identity.caller, authorization: identity.authorization, requestId }),
    http: config.get().http,
    rateLimit: () => config.get().rateLimit,
    // The gateway can serve as long as it runs: a country that is down costs only its own part.
    routes: {
      "/health": async () => ({ status: 200, body: await checkHealth(config.get(), circuits, schemas, get) }),
      [SIGN_IN_PROVIDERS_PATH]: signInProvidersRoute(() => config.get()),
    },
    prefixRoutes: options.devIssuersDir ? { [DEV_ISSUERS_PATH]: serveDevJwks(options.devIssuersDir) } : {},
    extend: async (app) => {
      if (options.consoleDir) await serveConsole(app, options.consoleDir, () => oidcOrigins(config.get().issuers));
    },
    port: options.port,
    host: options.host,
    serviceMetrics: metrics,
    metrics: options.metrics,
    onClose: async () => {
      schemas.stop();
      // The HTTP front has drained: a call to a country still running belongs to a request already cut.
      await client.destroy();
    },
  });
}

function endpointsOf(config: LiveConfig): Map<string, string> {
  return new Map(config.get().countries.map((country) => [country.code, country.url]));
}
