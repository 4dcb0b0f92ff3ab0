import { DEFAULT_METRICS_HOST, type MetricsListenerOptions } from "./metrics-listener.js";

/**
 * HUB_METRICS_PORT: unset or empty, no metrics listener; 0, any free port; else that port.
 * HUB_METRICS_HOST: the address it listens on (default 127.0.0.1; in a container, its internal
 * interface's address). Problems are returned for the service's start-up report (exit 78).
 */
export function readMetricsEnv(env: NodeJS.ProcessEnv): { metrics?: MetricsListenerOptions; problems: string[] } {
  const problems: string[] = [];
  const text = env.HUB_METRICS_PORT;
  if (text === undefined || text === "") {
    if (env.HUB_METRICS_HOST) problems.push("HUB_METRICS_HOST is set but HUB_METRICS_PORT is not: set the port too, or unset the host");
    return { problems };
  }
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    problems.push(`HUB_METRICS_PORT must be a TCP port number (0-65535; 0: any free port), got "${text}"`);
    return { problems };
  }
  const host = env.HUB_METRICS_HOST || DEFAULT_METRICS_HOST;
  if (env.PORT && env.PORT === text && text !== "0") problems.push(`HUB_METRICS_PORT must differ from PORT (${text}): metrics are never served on the public port`);
  return { metrics: { port, host }, problems };
}
