import { describe, expect, it } from "vitest";
import { readMetricsEnv } from "./metrics-env.js";
import { startMetricsListener } from "./metrics-listener.js";
import { requestLabels } from "./request-outcome.js";
import { ServiceMetrics } from "./service-metrics.js";

describe("HUB_METRICS_PORT and HUB_METRICS_HOST", () => {
  it("leaves metrics off when the port is unset or empty", () => {
    expect(readMetricsEnv({})).toEqual({ problems: [] });
    expect(readMetricsEnv({ HUB_METRICS_PORT: "" })).toEqual({ problems: [] });
  });

  it("listens on 127.0.0.1 unless told otherwise; 0 is any free port", () => {
    expect(readMetricsEnv({ HUB_METRICS_PORT: "9464" })).toEqual({ metrics: { port: 9464, host: "127.0.0.1" }, problems: [] });
    expect(readMetricsEnv({ HUB_METRICS_PORT: "0", HUB_METRICS_HOST: "10.0.0.7" })).toEqual({ metrics: { port: 0, host: "10.0.0.7" }, problems: [] });
  });

  it.each([
    [{ HUB_METRICS_PORT: "metrics" }, 'HUB_METRICS_PORT must be a TCP port number (0-65535; 0: any free port), got "metrics"'],
    [{ HUB_METRICS_PORT: "70000" }, 'HUB_METRICS_PORT must be a TCP port number (0-65535; 0: any free port), got "70000"'],
    [{ HUB_METRICS_PORT: "-1" }, 'HUB_METRICS_PORT must be a TCP port number (0-65535; 0: any free port), got "-1"'],
    [{ HUB_METRICS_PORT: "4000", PORT: "4000" }, "HUB_METRICS_PORT must differ from PORT (4000): metrics are never served on the public port"],
    [{ HUB_METRICS_HOST: "0.0.0.0" }, "HUB_METRICS_HOST is set but HUB_METRICS_PORT is not: set the port too, or unset the host"],
  ])("reports %j as a start-up problem", (env, problem) => {
    expect(readMetricsEnv(env).problems).toEqual([problem]);
  });
});

describe("a /graphql request's labels", () => {
  it("takes GraphQL's own outcome once it ran", () => {
    expect(requestLabels({ operationName: "Q", operationType: "query", outcome: "partial" }, null, 200)).toEqual({ operationType: "query", outcome: "partial" });
    expect(requestLabels({ operationName: null, operationType: "mutation", outcome: "FORBIDDEN" }, null, 200)).toEqual({ operationType: "mutation", outcome: "FORBIDDEN" });
    // A document that did not parse or validate has no operation type.
    expect(requestLabels({ operationName: null, operationType: null, outcome: "GRAPHQL_PARSE_FAILED" }, null, 200)).toEqual({ operationType: "none", outcome: "GRAPHQL_PARSE_FAILED" });
  });

  it("names a refusal before GraphQL by its code, with operation type none", () => {
    expect(requestLabels(null, "UNAUTHENTICATED", 401)).toEqual({ operationType: "none", outcome: "UNAUTHENTICATED" });
    expect(requestLabels(null, "PAYLOAD_TOO_LARGE", 413)).toEqual({ operationType: "none", outcome: "PAYLOAD_TOO_LARGE" });
    expect(requestLabels(null, "RATE_LIMITED", 429)).toEqual({ operationType: "none", outcome: "RATE_LIMITED" });
  });

  it("falls back on the status when Apollo turned the request away itself", () => {
    expect(requestLabels(null, null, 400)).toEqual({ operationType: "none", outcome: "BAD_REQUEST" });
    expect(requestLabels(null, null, 500)).toEqual({ operationType: "none", outcome: "INTERNAL_SERVER_ERROR" });
  });
});

describe("the metrics listener", () => {
  it("serves one registry's metrics at GET /metrics only, and two services in one process keep their own", async () => {
    const gateway = new ServiceMetrics("gateway");
    const national = new ServiceMetrics("national", "JP");
    gateway.tokenRejected("expired");
    const listener = await startMetricsListener(gateway.registry, { port: 0 });
    try {
      expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const response = await fetch(listener.url);
      expect(response.headers.get("content-type")).toContain("text/plain");
      const text = await response.text();
      expect(text).toContain('hub_token_rejections_total{reason="expired"} 1');
      expect(text).toContain('hub_service_info{service="gateway",country=""} 1');
      expect(text).not.toContain("national");
      expect(await national.registry.metrics()).toContain('hub_token_rejections_total{reason="expired"} 0');
      for (const [path, method] of [["/", "GET"], ["/metrics/x", "GET"], ["/metrics", "POST"]] as const) {
        expect((await fetch(new URL(path, listener.url), { method })).status).toBe(404);
      }
    } finally {
      await listener.close();
      await listener.close();
    }
    await expect(fetch(listener.url)).rejects.toThrow();
  });
});
