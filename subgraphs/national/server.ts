import type { DataSource } from "typeorm";
import { IssuerRegistry } from "../../shared/auth/issuer-registry.js";
import type { LiveConfig } from "../../shared/config/live-config.js";
import { serveSubgraph } from "../../shared/federation/serve-subgraph.js";
import type { RunningServer } from "../../shared/service/service-http.js";
import type { Logger } from "../../shared/logging/logger.js";
import { registerPoolMetrics } from "../../shared/observability/metrics/db-pool-metrics.js";
import type { MetricsListenerOptions } from "../../shared/observability/metrics/metrics-listener.js";
import { ServiceMetrics } from "../../shared/observability/metrics/service-metrics.js";
import { AccessLogMetrics } from "./access-log/access-log-metrics.js";
import { AccessLogWriter } from "./access-log/access-log-writer.js";
import { registerChainMetrics } from "./access-log/chain-watch.js";
import { registerOverdueNotificationsMetric } from "./incidents/overdue-notifications.js";
import { createNationalContext, type NationalContext } from "./context.js";
import { buildNationalSchema } from "./schema.js";
import { ACCESS_LOG_HEAD_JWKS_PATH } from "./deployment/access-log-head.js";
import type { NationalDeployment } from "./deployment/national-deployment.js";

export interface NationalServerOptions {
  /** The country this deployment serves. */
  country: string;
  config: LiveConfig;
  db: DataSource;
  /** Checked by NationalDeployment.establish: the country, its database, its head-signing key. */
  deployment: NationalDeployment;
  port: number;
  host?: string;
  logger: Logger;
  /** The metrics listener (HUB_METRICS_PORT/HOST); unset: none. */
  metrics?: MetricsListenerOptions;
}

export async function startNationalServer(options: NationalServerOptions): Promise<RunningServer> {
  const { country, db } = options;
  const serviceMetrics = new ServiceMetrics("national", country);
  const accessLog = new AccessLogMetrics(serviceMetrics.registry);
  const accessLogWriter = new AccessLogWriter(db);
  registerChainMetrics(serviceMetrics.registry, () => options.deployment.chainWatch.status);
  registerOverdueNotificationsMetric(serviceMetrics.registry, db, country, options.logger);
  registerPoolMetrics(serviceMetrics.registry, db);
  let participants = participantsOf(options.config);
  let registry = IssuerRegistry.fromConfig(options.config.get());
  options.config.onChange((config) => {
    participants = participantsOf(options.config);
    registry = IssuerRegistry.fromConfig(config);
  });
  return serveSubgraph<NationalContext>({
    name: `national-${country}`,
    schema: await buildNationalSchema(),
    config: options.config,
    registry: () => registry,
    logger: options.logger,
    port: options.port,
    host: options.host,
    serviceMetrics,
    metrics: options.metrics,
    context: (caller, operationHash) =>
      createNationalContext({ caller, country, participants, db, operationHash, deployment: options.deployment, accessLogWriter, accessLogObserver: accessLog }),
    health: async () => {
      await options.deployment.readiness();
      return { country };
    },
    // A flush still in flight (a request cut by the grace period) commits before the pools close.
    onClose: () => accessLogWriter.drain(),
    routes: { [ACCESS_LOG_HEAD_JWKS_PATH]: () => ({ status: 200, body: options.deployment.headSigner?.jwks() ?? { keys: [] } }) },
  });
}

function participantsOf(config: LiveConfig): ReadonlySet<string> {
  return new Set(config.get().countries.map((c) => c.code));
}
