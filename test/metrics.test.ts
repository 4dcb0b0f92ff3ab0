import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../dev/free-port.js";
import { UNAUTHENTICATED_MESSAGE } from "../shared/errors/hub-errors.js";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { type MetricFamily, parsePrometheusText, sampleValue, scrape } from "./support/prometheus-text.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";
import { SERVICE_ENTRIES } from "../dev/service-entries.js";

/**
 * Every service's Prometheus metrics, read over HTTP from their own listeners while a real hub answers
 * real requests: names, types and labels as the operations kit expects them, and counters that move by
 * exactly what the requests did.
 */
const TIMEOUT_MS = 400;
const PER_CALLER = 30;
const GRANT = `mutation($input: GrantInput!) { grantAccess(input: $input) { id } }`;
const JP_LIST = `{ country(code: "JP") { incidents(first: 100) { nodes { id classification } } } }`;
const LOG = `{ myCountry { accessLog(first: 500) { nodes { seq entryKind recordKind recordIds grantId } } } }`;

describe("Prometheus metrics of every service", () => {
  let hub: TestHub;
  let silent: Server;
  let jpRegulator: string;

  beforeAll(async () => {
    // KR: a deployment that never answers; CN: nobody listens.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    hub = await startTestHub({
      countries: ["JP", "US"],
      nationTimeoutMs: TIMEOUT_MS,
      rateLimit: { perCaller: { max: PER_CALLER, windowMs: 60_000 } },
      externalEndpoints: {
        KR: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`,
        CN: `http://127.0.0.1:${await freePort()}/graphql`,
      },
    });
    jpRegulator = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(async () => {
    await hub?.stop();
    silent?.closeAllConnections();
    silent?.close();
  });

  const gateway = () => scrape(hub.metricsUrls.gateway);
  const value = (families: Map<string, MetricFamily>, name: string, labels: Record<string, string> = {}) => sampleValue(families, name, labels) ?? 0;
  /**
   * How much `name{labels}` grew on the gateway since `before`, once it stops growing: a request is
   * timed when its answer has been sent, so the client may read the answer a moment before.
   */
  const requestsSince = async (before: Map<string, MetricFamily>, labels: Record<string, string>) => {
    const name = "hub_graphql_request_duration_seconds_count";
    let delta = 0;
    await vi.waitFor(async () => {
      delta = value(await gateway(), name, labels) - value(before, name, labels);
      expect(delta).toBeGreaterThan(0);
    });
    return delta;
  };

  it("serves every service's metrics on 127.0.0.1 by default, as Prometheus text with the agreed names, types and labels", async () => {
    const urls = [hub.metricsUrls.gateway, hub.metricsUrls.board, ...Object.values(hub.metricsUrls.nations)];
    expect(urls).toHaveLength(4);
    for (const url of urls) expect(new URL(url)).toMatchObject({ hostname: "127.0.0.1", pathname: "/metrics" });

    const all = { gateway: await gateway(), board: await scrape(hub.metricsUrls.board), national: await scrape(hub.metricsUrls.nations.JP!) };
    for (const [service, families] of Object.entries(all)) {
      expect(families.get("hub_graphql_request_duration_seconds")?.type).toBe("histogram");
      expect(families.get("hub_token_rejections_total")?.type).toBe("counter");
      expect(families.get("hub_rate_limit_refusals_total")?.type).toBe("counter");
      expect(families.get("hub_service_info")?.type).toBe("gauge");
      expect(value(families, "hub_service_info", { service, country: service === "national" ? "JP" : "" })).toBe(1);
      // prom-client's default process metrics, with their default names.
      expect(families.get("process_cpu_user_seconds_total")?.type).toBe("counter");
      expect(families.get("nodejs_heap_size_total_bytes")?.type).toBe("gauge");
      // Every reason and limit exists from the start.
      expect(families.get("hub_token_rejections_total")!.samples.map((s) => s.labels.reason)).toEqual(expect.arrayContaining(["missing", "malformed", "expired", "wrong_audience", "bad_signature"]));
      expect(families.get("hub_rate_limit_refusals_total")!.samples.map((s) => s.labels.limit).sort()).toEqual(["caller", "country"]);
    }
    const gatewayOnly = ["hub_nation_call_duration_seconds", "hub_nation_circuit_state", "hub_nation_circuit_opened_total", "hub_nation_reachable"];
    for (const name of gatewayOnly) expect(all.gateway.has(name), name).toBe(true);
    expect(all.gateway.get("hub_nation_circuit_state")!.samples.map((s) => s.labels.country).sort()).toEqual(["CN", "JP", "KR", "US"]);
    // Every configured country's openings start at 0, so that a first opening is an increase.
    expect(all.gateway.get("hub_nation_circuit_opened_total")!.samples.map((s) => s.labels.country).sort()).toEqual(["CN", "JP", "KR", "US"]);
    expect(all.gateway.has("hub_db_pool_connections")).toBe(false);
    for (const families of [all.board, all.national]) {
      expect(families.get("hub_db_pool_connections")?.type).toBe("gauge");
      expect(value(families, "hub_db_pool_connections", { state: "total" })).toBeGreaterThanOrEqual(1);
      expect(sampleValue(families, "hub_db_pool_connections", { state: "waiting" })).toBeGreaterThanOrEqual(0);
      expect(value(families, "hub_db_pool_max")).toBe(10);
    }
    const nationalOnly = ["hub_foreign_reads_total", "hub_access_log_appends_total", "hub_access_log_append_duration_seconds", "hub_access_log_chain_valid", "hub_access_log_chain_checked_timestamp_seconds", "hub_incident_notifications_overdue"];
    for (const name of nationalOnly) {
      expect(all.national.has(name), name).toBe(true);
      expect(all.board.has(name) || all.gateway.has(name), name).toBe(false);
    }
    expect(all.national.get("hub_access_log_append_duration_seconds")!.type).toBe("histogram");
  });

  it("answers 404 for /metrics on every public port, and for anything but GET /metrics on the metrics port", async () => {
    for (const url of [hub.gatewayUrl, hub.boardUrl, hub.nations.get("JP")!.server.url]) {
      const response = await fetch(new URL("/metrics", url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("hub_");
    }
    expect((await fetch(new URL("/graphql", hub.metricsUrls.gateway))).status).toBe(404);
    expect((await fetch(hub.metricsUrls.gateway, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${hub.metricsUrls.gateway}?x=1`)).status).toBe(200);
  });

  it("counts each refused token once under its reason, while the client sees the one UNAUTHENTICATED error", async () => {
    const valid = await hub.token("JP", { roles: ["regulator"], subject: "token-tests" });
    const [header, payload, signature] = valid.split(".") as [string, string, string];
    // Another character in the middle of the signature: still base64url, no longer the signature.
    const tampered = `${header}.${payload}.${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`;
    const cases: [string, string | undefined][] = [
      ["missing", undefined],
      ["malformed", "garbage"],
      ["expired", await hub.token("JP", { roles: ["regulator"], expiresInSeconds: -3600 })],
      ["wrong_audience", await hub.token("JP", { roles: ["regulator"], audience: "some-other-service" })],
      ["bad_signature", tampered],
      ["claims", await hub.token("JP", { roles: ["regulator"], claims: { country: "US" } })],
    ];
    for (const [reason, token] of cases) {
      const before = await gateway();
      const { status, body } = await hub.query(token, `{ __typename }`);
      expect(status, reason).toBe(401);
      expect(body).toEqual({ errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: "UNAUTHENTICATED" } }] });
      const after = await gateway();
      for (const sample of before.get("hub_token_rejections_total")!.samples) {
        const delta = value(after, "hub_token_rejections_total", sample.labels) - sample.value;
        expect(delta, `${reason}: ${sample.labels.reason}`).toBe(sample.labels.reason === reason ? 1 : 0);
      }
      expect(await requestsSince(before, { operation_type: "none", outcome: "UNAUTHENTICATED", caller_country: "none" })).toBe(1);
    }
  });

  it("times a GraphQL request by operation type, outcome and the caller's country", async () => {
    const ok = { operation_type: "query", outcome: "ok", caller_country: "JP" };
    const before = await gateway();
    const { body } = await hub.query(jpRegulator, `{ myCountry { code } }`);
    expect(body.errors).toBeUndefined();
    expect(await requestsSince(before, ok)).toBe(1);
    const after = await gateway();
    // The gateway called Japan once for it, and Japan's own subgraph counted the call it answered.
    const jp = { country: "JP", outcome: "ok" };
    expect(value(after, "hub_nation_call_duration_seconds_count", jp) - value(before, "hub_nation_call_duration_seconds_count", jp)).toBe(1);
    expect(value(await scrape(hub.metricsUrls.nations.JP!), "hub_graphql_request_duration_seconds_count", ok)).toBeGreaterThanOrEqual(1);
    // A document that does not validate: GraphQL ran, no operation type.
    await hub.query(jpRegulator, `{ noSuchField }`);
    expect(await requestsSince(after, { operation_type: "none", outcome: "GRAPHQL_VALIDATION_FAILED", caller_country: "JP" })).toBe(1);
    // A US caller is counted as US, apart from Japan's callers.
    const us = { operation_type: "query", outcome: "ok", caller_country: "US" };
    const beforeUs = await gateway();
    await hub.query(await hub.token("US", { roles: ["regulator"] }), `{ myCountry { code } }`);
    expect(await requestsSince(beforeUs, us)).toBe(1);
    expect(value(await gateway(), "hub_graphql_request_duration_seconds_count", ok)).toBe(value(beforeUs, "hub_graphql_request_duration_seconds_count", ok));
  });

  it("counts a call to a country that does not answer as a timeout, and the board's calls as country BOARD", async () => {
    const timeout = { country: "KR", outcome: "timeout" };
    const board = { country: "BOARD", outcome: "ok" };
    const before = await gateway();
    const { body } = await hub.query(jpRegulator, `{ country(code: "KR") { code incidents { totalCount } } }`);
    expect(body.errors!.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "NATION_UNAVAILABLE", country: "KR", reason: "timeout" })]);
    const after = await gateway();
    expect(value(after, "hub_nation_call_duration_seconds_count", timeout) - value(before, "hub_nation_call_duration_seconds_count", timeout)).toBe(1);
    expect(value(after, "hub_nation_call_duration_seconds_sum", timeout) - value(before, "hub_nation_call_duration_seconds_sum", timeout)).toBeGreaterThanOrEqual((TIMEOUT_MS - 50) / 1000);
    expect(value(after, "hub_nation_call_duration_seconds_count", board) - value(before, "hub_nation_call_duration_seconds_count", board)).toBe(1);
    // The gateway's schema check found KR and CN unreachable, JP and US reachable.
    expect(Object.fromEntries(after.get("hub_nation_reachable")!.samples.map((s) => [s.labels.country, s.value]))).toEqual({ JP: 1, US: 1, KR: 0, CN: 0 });
  });

  it("shows a circuit open (2) once it opens, and counts the transition once", async () => {
    const unreachable = { country: "CN", outcome: "unreachable" };
    const before = await gateway();
    expect(value(before, "hub_nation_circuit_state", { country: "CN" })).toBe(0);
    let reason: unknown;
    for (let attempt = 0; attempt < 10 && reason !== "circuit_open"; attempt++) {
      reason = (await hub.query(jpRegulator, `{ country(code: "CN") { code incidents { totalCount } } }`)).body.errors![0]!.extensions!.reason;
    }
    expect(reason).toBe("circuit_open");
    const after = await gateway();
    expect(value(after, "hub_nation_circuit_state", { country: "CN" })).toBe(2);
    expect(value(after, "hub_nation_circuit_state", { country: "JP" })).toBe(0);
    expect(value(after, "hub_nation_circuit_opened_total", { country: "CN" })).toBe(1);
    expect(value(after, "hub_nation_call_duration_seconds_count", unreachable) - value(before, "hub_nation_call_duration_seconds_count", unreachable)).toBe(3);
    expect(value(after, "hub_nation_call_duration_seconds_count", { country: "CN", outcome: "circuit_open" })).toBe(1);
  });

  it("counts a foreign read through a grant on the owning country, in agreement with its access log", async () => {
    const jp = hub.nations.get("JP")!;
    await insertIncidents(jp.db, "JP", [
      { classification: Classification.RESTRICTED },
      { classification: Classification.RESTRICTED },
      { classification: Classification.SHARED },
      { classification: Classification.PUBLIC },
    ]);
    const negotiator = await hub.token("JP", { roles: ["negotiator"] });
    const granted = await hub.query(negotiator, GRANT, {
      input: { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "metrics test", validUntil: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expect(granted.body.errors).toBeUndefined();
    const before = await scrape(hub.metricsUrls.nations.JP!);
    const us = await hub.query(await hub.token("US", { roles: ["regulator"] }), JP_LIST);
    expect(us.body.errors).toBeUndefined();
    expect(us.body.data.country.incidents.nodes.filter((n: any) => n.classification === "RESTRICTED")).toHaveLength(2);
    const after = await scrape(hub.metricsUrls.nations.JP!);
    const delta = (name: string, labels: Record<string, string> = {}) => value(after, name, labels) - value(before, name, labels);
    expect(delta("hub_foreign_reads_total", { kind: "incident", via: "grant" })).toBe(2);
    expect(delta("hub_foreign_reads_total", { kind: "incident", via: "baseline" })).toBe(1);
    expect(delta("hub_access_log_append_duration_seconds_count")).toBeGreaterThanOrEqual(1);

    // The counters say what the access log says.
    const log = (await hub.query(jpRegulator, LOG)).body.data.myCountry.accessLog.nodes as { entryKind: string; recordKind: string; recordIds: string[] | null; grantId: string | null }[];
    expect(value(after, "hub_access_log_appends_total")).toBe(log.length);
    const reads = log.filter((e) => e.entryKind === "READ" && e.recordKind === "INCIDENT");
    const records = (grant: boolean) => reads.filter((e) => (e.grantId !== null) === grant).reduce((n, e) => n + (e.recordIds?.length ?? 0), 0);
    expect(value(after, "hub_foreign_reads_total", { kind: "incident", via: "grant" })).toBe(records(true));
    expect(value(after, "hub_foreign_reads_total", { kind: "incident", via: "baseline" })).toBe(records(false));
  });

  it("reports the periodic chain check's verdict and time", async () => {
    const jp = hub.nations.get("JP")!;
    const startedAt = Date.now() / 1000;
    expect(await jp.deployment.chainWatch.checkNow()).toMatchObject({ valid: true });
    const families = await scrape(hub.metricsUrls.nations.JP!);
    expect(value(families, "hub_access_log_chain_valid")).toBe(1);
    expect(value(families, "hub_access_log_chain_checked_timestamp_seconds")).toBeGreaterThanOrEqual(startedAt - 1);
  });

  it("counts high-risk incidents past the 72-hour deadline and not notified, at scrape", async () => {
    const us = hub.nations.get("US")!;
    const before = value(await scrape(hub.metricsUrls.nations.US!), "hub_incident_notifications_overdue");
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    await insertIncidents(us.db, "US", [
      { highRisk: true, detectedAt: hoursAgo(80), notifiedAt: null }, // overdue
      { highRisk: true, detectedAt: hoursAgo(10), notifiedAt: null }, // pending
      { highRisk: true, detectedAt: hoursAgo(80), notifiedAt: hoursAgo(1) }, // late, but notified
      { highRisk: false, detectedAt: hoursAgo(80), notifiedAt: null }, // not required
    ]);
    expect(value(await scrape(hub.metricsUrls.nations.US!), "hub_incident_notifications_overdue") - before).toBe(1);
  });

  it("counts a rate-limit refusal under the budget that refused", async () => {
    const hasty = await hub.token("US", { roles: ["regulator"], subject: "hasty" });
    const before = await gateway();
    for (let i = 0; i < PER_CALLER; i++) expect((await hub.query(hasty, `{ __typename }`)).status).toBe(200);
    const refused = await hub.query(hasty, `{ __typename }`);
    expect(refused.status).toBe(429);
    const after = await gateway();
    expect(value(after, "hub_rate_limit_refusals_total", { limit: "caller" }) - value(before, "hub_rate_limit_refusals_total", { limit: "caller" })).toBe(1);
    expect(value(after, "hub_rate_limit_refusals_total", { limit: "country" }) - value(before, "hub_rate_limit_refusals_total", { limit: "country" })).toBe(0);
    expect(await requestsSince(before, { operation_type: "none", outcome: "RATE_LIMITED" })).toBe(1);
  });
});

describe("the Prometheus text parser the tests use", () => {
  it("reads families, labels with escapes and special values, and refuses what is not the format", () => {
    const families = parsePrometheusText(
      [
        "# HELP a_total A counter.",
        "# TYPE a_total counter",
        'a_total{x="q\\"uote",y="back\\\\slash"} 3',
        "# TYPE h histogram",
        'h_bucket{le="+Inf"} 2',
        "h_sum 0.5",
        "h_count 2",
        "",
      ].join("\n"),
    );
    expect(families.get("a_total")).toMatchObject({ type: "counter", help: "A counter.", samples: [{ labels: { x: 'q"uote', y: "back\\slash" }, value: 3 }] });
    expect(sampleValue(families, "h_bucket", { le: "+Inf" })).toBe(2);
    expect(() => parsePrometheusText("undeclared 1\n")).toThrow(/undeclared/);
    expect(() => parsePrometheusText("# TYPE a gauge\na{x=1} 1\n")).toThrow(/labels/);
    expect(() => parsePrometheusText("# TYPE a gauge\na one\n")).toThrow(/value/);
  });
});

describe("a service given a bad metrics port", () => {
  it("lists the problem with the others and exits 78, before it listens or connects to anything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-metrics-env-"));
    const config = join(dir, "hub.json");
    writeFileSync(
      config,
      JSON.stringify({
        board: { url: "http://127.0.0.1:4100/graphql" },
        countries: [{ code: "JP", url: "http://127.0.0.1:4101/graphql" }],
        issuers: [{ participant: "JP", issuer: "https://idp.jp.example", jwksUri: "https://idp.jp.example/jwks.json" }],
      }),
    );
    const result = await promisify(execFile)(process.execPath, ["dev/run-built.mjs", SERVICE_ENTRIES.gateway], {
      cwd: new URL("..", import.meta.url).pathname,
      env: { PATH: process.env.PATH, HUB_LOG: "silent", HUB_CONFIG: config, PORT: "abc", HUB_METRICS_PORT: "metrics" },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(78);
    expect(result.stderr.trim().split("\n")).toEqual([
      "gateway cannot start:",
      '  - PORT must be a TCP port number (0-65535), got "abc"',
      '  - HUB_METRICS_PORT must be a TCP port number (0-65535; 0: any free port), got "metrics"',
    ]);
  }, 90_000);
});
