import { ConfigError, loadHubConfig } from "../config/hub-config.js";
import { LiveConfig } from "../config/live-config.js";
import { readServiceEnv } from "../config/service-env.js";
import { logLevelOf } from "../logging/log-level.js";
import { createLogger, type ServiceLogger } from "../logging/logger.js";
import type { MetricsListenerOptions } from "../observability/metrics/metrics-listener.js";
import { readMetricsEnv } from "../observability/metrics/metrics-env.js";

export interface PreparedService {
  name: string;
  logger: ServiceLogger;
  /** A variable named in `requiredEnv`. */
  env(name: string): string;
  port: number;
  host?: string;
  /** HUB_METRICS_PORT / HUB_METRICS_HOST: the metrics listener, or undefined when metrics are off. */
  metrics?: MetricsListenerOptions;
  /** The hub config, reloaded on SIGHUP (a bad file keeps the running one and logs every problem). */
  config: LiveConfig;
}

/** EX_CONFIG from sysexits.h: the supervisor (systemd, Kubernetes) sees a configuration error, not a crash. */
export const EXIT_CONFIG = 78;

/**
 * Everything a service checks before it connects to anything: its environment (HUB_CONFIG, PORT,
 * LOG_LEVEL, HUB_METRICS_PORT/HOST and what it names in `requiredEnv`) and the hub config file. Every problem is printed at once, without a
 * stack trace, and the process exits 78.
 */
export function prepareService(options: { requiredEnv: string[]; name: (env: NodeJS.ProcessEnv) => string }): PreparedService {
  const name = options.name(process.env);
  const env = readServiceEnv(["HUB_CONFIG", ...options.requiredEnv]);
  const logLevel = logLevelOf(process.env);
  const metricsEnv = readMetricsEnv(process.env);
  const problems = [...env.problems, ...(logLevel.problem ? [logLevel.problem] : []), ...metricsEnv.problems];
  let config: LiveConfig | undefined;
  if (process.env.HUB_CONFIG) {
    try {
      config = new LiveConfig(loadHubConfig(process.env.HUB_CONFIG));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems.map((problem) => `hub config ${error.source}: ${problem}`));
    }
  }
  if (problems.length > 0 || !config) {
    process.stderr.write(`${name} cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    process.exit(EXIT_CONFIG);
  }
  const logger = createLogger(name);
  config.reloadOnHangup(process.env.HUB_CONFIG!, logger);
  if (!metricsEnv.metrics) logger.info("metrics off: set HUB_METRICS_PORT to serve Prometheus metrics on a port of their own");
  return { name, logger, env: env.get, port: env.port, host: env.host, metrics: metricsEnv.metrics, config };
}
