import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

/** Where the metrics listener listens: HUB_METRICS_PORT (0: any free port) and HUB_METRICS_HOST. */
export interface MetricsListenerOptions {
  port: number;
  /** Default 127.0.0.1: metrics say much about a deployment, and are for its own Prometheus only. */
  host?: string;
}

export const DEFAULT_METRICS_HOST = "127.0.0.1";

export interface MetricsListener {
  url: string;
  close(): Promise<void>;
}

/**
 * A separate small HTTP server serving only `GET /metrics` (Prometheus text; 404 for anything else),
 * never on the public port: the hub's public front does not show its internals to its callers, and an
 * operator exposes this port to its Prometheus alone. Plain node:http: one route needs no framework.
 */
export async function startMetricsListener(registry: Registry, options: MetricsListenerOptions): Promise<MetricsListener> {
  const server = createServer((request, response) => {
    const path = (request.url ?? "").split("?")[0];
    if (request.method !== "GET" || path !== "/metrics") {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found. Metrics are served at GET /metrics.\n");
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { "content-type": registry.contentType }).end(text),
      (error: unknown) => response.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`metrics collection failed: ${String(error)}\n`),
    );
  });
  // Scrapes are short: an idle connection is not kept waiting for the next one.
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 10_000;
  const host = options.host ?? DEFAULT_METRICS_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/metrics`,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
