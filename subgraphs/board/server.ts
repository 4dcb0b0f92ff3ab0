import type { DataSource } from "typeorm";
import { limitsOf } from "../../shared/limits/index.js";
import { IssuerRegistry } from "../../shared/auth/issuer-registry.js";
import type { LiveConfig } from "../../shared/config/live-config.js";
import { serveSubgraph } from "../../shared/federation/serve-subgraph.js";
import type { RunningServer } from "../../shared/service/service-http.js";
import type { Logger } from "../../shared/logging/logger.js";
import { registerPoolMetrics } from "../../shared/observability/metrics/db-pool-metrics.js";
import type { MetricsListenerOptions } from "../../shared/observability/metrics/metrics-listener.js";
import { ServiceMetrics } from "../../shared/observability/metrics/service-metrics.js";
import type { BoardContext } from "./context.js";
import { gatewayClient } from "./attestation/gateway-client.js";
import { reportLoaders } from "./compliance/report-loaders.js";
import { admitListedCountries } from "./countries/admit-listed-countries.js";
import { countryLoader } from "./countries/country-loader.js";
import { buildBoardSchema } from "./schema.js";

export interface BoardServerOptions {
  config: LiveConfig;
  db: DataSource;
  port: number;
  host?: string;
  logger: Logger;
  /** The metrics listener (HUB_METRICS_PORT/HOST); unset: none. */
  metrics?: MetricsListenerOptions;
}

export async function startBoardServer({ config, db, port, host, logger, metrics }: BoardServerOptions): Promise<RunningServer> {
  const serviceMetrics = new ServiceMetrics("board");
  registerPoolMetrics(serviceMetrics.registry, db);
  let registry = IssuerRegistry.fromConfig(config.get());
  await admitListedCountries(db, config.get(), logger);
  config.onChange((next) => {
    registry = IssuerRegistry.fromConfig(next);
    return admitListedCountries(db, next, logger);
  });
  return serveSubgraph<BoardContext>({
    name: "board",
    schema: await buildBoardSchema(),
    config,
    registry: () => registry,
    logger,
    port,
    host,
    serviceMetrics,
    metrics,
    context: (caller, _operationHash, request) => ({
      caller,
      db,
      countriesByCode: countryLoader(db),
      compliance: reportLoaders(db),
      gateway: gatewayClient({
        url: config.get().board.gatewayUrl,
        authorization: request.identity.authorization,
        requestId: request.requestId,
        // The gateway gives the country nationTimeoutMs; this leaves it the time to say so.
        timeoutMs: config.get().nationTimeoutMs + 1000,
        maxAliases: limitsOf(config.get()).maxAliases,
        country: caller.country,
      }),
    }),
    health: async () => {
      await db.query("SELECT 1");
      return {};
    },
  });
}
