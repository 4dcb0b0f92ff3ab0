import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  dashboardExpressions,
  dashboardMetricNames,
  dashboardPanels,
  exportedMetricNames,
  metricNamesIn,
  unknownMetricNames,
  withGrafanaVariables,
} from "./support/promql-names.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * The operations kit of shared/deploy/observability/: Prometheus's scrape config and alert rules, the
 * OpenTelemetry Collector's config and Grafana's provisioning and dashboard. Prometheus and Grafana
 * cannot run here, so this checks what would otherwise fail silently in production: rules and config
 * that Prometheus refuses (promtool), alerts that never fire or fire on a healthy hub (promtool's rule
 * unit tests), panels and alerts reading metrics nobody exports, and a dashboard Grafana cannot bind to
 * its data source.
 */
const run = promisify(execFile);
const ROOT = new URL("..", import.meta.url).pathname;
const KIT = `${ROOT}shared/deploy/observability/`;
const RUNBOOK = "README.md#operating-a-deployment";

/**
 * The metric names the services really export: a hub (board, one country, gateway) is started once,
 * and each service's /metrics is read (its `# TYPE` lines, so a metric with no sample yet counts too).
 */
let exported: Promise<Set<string>> | undefined;
let exportingHub: TestHub | undefined;
function exportedByServices(): Promise<Set<string>> {
  exported ??= (async () => {
    exportingHub = await startTestHub({ countries: ["JP"] });
    const { gateway, board, nations } = exportingHub.metricsUrls;
    const pages = await Promise.all([gateway, board, ...Object.values(nations)].map(async (url) => (await fetch(url)).text()));
    return new Set(pages.flatMap((page) => [...exportedMetricNames(page)]));
  })();
  return exported;
}
afterAll(async () => exportingHub?.stop());

interface AlertRule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface RuleFile {
  groups: { name: string; rules: AlertRule[] }[];
}
interface RuleTests {
  rule_files: string[];
  tests: { alert_rule_test?: { alertname: string; eval_time: string; exp_alerts: unknown[] }[] }[];
}
interface Target {
  refId?: string;
  expr?: string;
  datasource?: { type?: string; uid?: string };
}
interface Panel {
  id?: number;
  type: string;
  title?: string;
  datasource?: { type?: string; uid?: string };
  gridPos?: { h: number; w: number; x: number; y: number };
  targets?: Target[];
  panels?: Panel[];
}
interface DashboardJson {
  uid: string;
  title: string;
  schemaVersion: number;
  editable?: boolean;
  panels: Panel[];
  templating: { list: { name: string; type: string; datasource?: { uid?: string }; query?: string | { query?: string } }[] };
}

const readYaml = <T>(file: string): T => parse(readFileSync(`${KIT}${file}`, "utf8")) as T;
const rules = readYaml<RuleFile>("alert-rules.yml");
const alerts = rules.groups.flatMap((group) => group.rules.filter((rule) => rule.alert));
const dashboard = JSON.parse(readFileSync(`${KIT}grafana/dashboards/hub.json`, "utf8")) as DashboardJson;
const datasources = readYaml<{ datasources: { uid: string; type: string; url: string; isDefault?: boolean }[] }>(
  "grafana/provisioning/datasources/prometheus.yml",
).datasources;

/** Fails with every expression that reads a metric outside `exported`, and which one. */
function checkMetricNames(exprs: { where: string; expr: string }[], exported: ReadonlySet<string>): void {
  const unknown = exprs.flatMap(({ where, expr }) => unknownMetricNames(metricNamesIn(expr), exported).map((name) => `${where}: ${name}`));
  expect(unknown, "metrics read but not exported by any service").toEqual([]);
}

const PROMTOOL = process.env.HUB_PROMTOOL ?? "promtool";
/**
 * promtool (Debian's `prometheus` package) checks the rules and config as Prometheus would. Without it
 * these checks are skipped with this reason, unless HUB_REQUIRE_PROMTOOL is set (CI), where it fails.
 */
const promtoolMissing = (() => {
  try {
    execFileSync(PROMTOOL, ["--version"], { stdio: "ignore" });
    return undefined;
  } catch {
    return `no ${PROMTOOL}: install it (apt-get install -y prometheus) to check the alert rules and Prometheus config`;
  }
})();
if (promtoolMissing && process.env.HUB_REQUIRE_PROMTOOL) throw new Error(promtoolMissing);

async function promtool(...args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(PROMTOOL, args, { cwd: KIT });
    return `${stdout}${stderr}`;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`promtool ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

describe.skipIf(promtoolMissing)("promtool", () => {
  const scratch = mkdtempSync(join(tmpdir(), "hub-promtool-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("accepts prometheus.yml, with its rule file", async () => {
    expect(await promtool("check", "config", "prometheus.yml")).toMatch(/SUCCESS: 1 rule files found/);
  });

  it("accepts alert-rules.yml", async () => {
    expect(await promtool("check", "rules", "alert-rules.yml")).toContain(`SUCCESS: ${alerts.length} rules found`);
  });

  it("passes the rules' unit tests: every alert fires on its failure and none on a healthy hub", async () => {
    expect(await promtool("test", "rules", "alert-rules.test.yml")).toContain("SUCCESS");
  });

  it("parses every PromQL expression of the dashboard (Grafana's variables given a value)", async () => {
    const exprs = dashboardExpressions(dashboard);
    const file = join(scratch, "dashboard-exprs.yml");
    const asRules = exprs.map((expr, i) => ({ record: `hub_dashboard:expr_${i}`, expr: withGrafanaVariables(expr) }));
    writeFileSync(file, stringify({ groups: [{ name: "dashboard", rules: asRules }] }));
    expect(await promtool("check", "rules", file)).toContain(`SUCCESS: ${exprs.length} rules found`);
  });
});

describe("alert-rules.yml", () => {
  it("gives every alert a duration, a severity, a summary, a description and the README's runbook", () => {
    expect(alerts.length).toBeGreaterThan(0);
    for (const rule of alerts) {
      expect(rule.for, `${rule.alert}: for`).toMatch(/^\d+[smh]$/);
      expect(["critical", "warning", "info"], `${rule.alert}: severity`).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary, `${rule.alert}: summary`).toBeTruthy();
      expect(rule.annotations?.description, `${rule.alert}: description`).toBeTruthy();
      expect(rule.annotations?.runbook, `${rule.alert}: runbook`).toBe(RUNBOOK);
    }
    expect(new Set(alerts.map((rule) => rule.alert)).size, "alert names are unique").toBe(alerts.length);
  });

  it("covers what the operator must hear about", () => {
    const exprOf = (name: string) => alerts.find((rule) => rule.alert === name)?.expr ?? "";
    expect(exprOf("HubCountryDown")).toMatch(/up\{job="hub-national"\} == 0/);
    expect(exprOf("HubCountryUnreachable")).toMatch(/hub_nation_reachable == 0/);
    expect(alerts.find((rule) => rule.alert === "HubCountryDown")?.for).toBe("5m");
    expect(exprOf("HubCircuitFlapping")).toContain("hub_nation_circuit_opened_total");
    expect(exprOf("HubTokenRejectionsSpike")).toContain("hub_token_rejections_total");
    expect(exprOf("HubAccessLogChainBroken")).toContain("hub_access_log_chain_valid == 0");
    expect(exprOf("HubAccessLogCheckStale")).toContain("hub_access_log_chain_checked_timestamp_seconds");
    expect(exprOf("HubIncidentNotificationsOverdue")).toContain("hub_incident_notifications_overdue > 0");
    expect(exprOf("HubNationSlow")).toMatch(/histogram_quantile\(0\.95, .*hub_nation_call_duration_seconds_bucket/);
    expect(exprOf("HubInternalErrors")).toContain("INTERNAL_SERVER_ERROR");
  });

  it("has a unit test in which each alert fires, and one in which it stays quiet", () => {
    const tests = readYaml<RuleTests>("alert-rules.test.yml");
    expect(tests.rule_files).toEqual(["alert-rules.yml"]);
    const cases = tests.tests.flatMap((test) => test.alert_rule_test ?? []);
    for (const rule of alerts) {
      const mine = cases.filter((c) => c.alertname === rule.alert);
      expect(mine.some((c) => c.exp_alerts.length > 0), `${rule.alert} fires in some test`).toBe(true);
      expect(mine.some((c) => c.exp_alerts.length === 0), `${rule.alert} stays quiet in some test`).toBe(true);
    }
  });

  it("reads only metrics the services export", async () => {
    checkMetricNames(alerts.map((rule) => ({ where: rule.alert!, expr: rule.expr })), await exportedByServices());
  });
});

describe("grafana/dashboards/hub.json", () => {
  const panels = dashboardPanels(dashboard) as Panel[];
  const dataPanels = panels.filter((panel) => panel.type !== "row");

  it("is provisioned with one Prometheus data source, the compose service's", () => {
    expect(datasources).toHaveLength(1);
    expect(datasources[0]).toMatchObject({ type: "prometheus", url: "http://prometheus:9090", isDefault: true });
    const provider = readYaml<{ providers: { type: string; options: { path: string } }[] }>("grafana/provisioning/dashboards/hub.yml");
    expect(provider.providers.map((p) => [p.type, p.options.path])).toEqual([["file", "/etc/grafana/dashboards"]]);
  });

  it("binds every panel, target and variable to the provisioned data source", () => {
    const uid = datasources[0]!.uid;
    expect(dataPanels.length).toBeGreaterThan(10);
    for (const panel of dataPanels) {
      expect(panel.datasource, `panel "${panel.title}"`).toEqual({ type: "prometheus", uid });
      for (const target of panel.targets ?? []) expect(target.datasource?.uid ?? uid, `panel "${panel.title}"`).toBe(uid);
    }
    for (const variable of dashboard.templating.list.filter((v) => v.type === "query")) expect(variable.datasource?.uid).toBe(uid);
  });

  it("has unique panel ids, panels within the grid, and an expression and a unique refId on every target", () => {
    const ids = panels.map((panel) => panel.id);
    expect(ids.every((id) => Number.isInteger(id))).toBe(true);
    expect(new Set(ids).size, "panel ids are unique").toBe(ids.length);
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(39);
    expect(dashboard.uid).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    for (const panel of panels) {
      const { x, w, h } = panel.gridPos!;
      expect(x + w, `panel "${panel.title}" fits the 24 columns`).toBeLessThanOrEqual(24);
      expect(h).toBeGreaterThan(0);
      if (panel.type === "row") continue;
      expect(panel.targets?.length, `panel "${panel.title}" has targets`).toBeGreaterThan(0);
      const refIds = panel.targets!.map((target) => target.refId);
      expect(new Set(refIds).size, `panel "${panel.title}": refIds`).toBe(refIds.length);
      for (const target of panel.targets!) expect(target.expr?.trim(), `panel "${panel.title}" ${target.refId}`).toBeTruthy();
    }
  });

  it("lets the operator pick countries, and the per-country panels follow the choice", () => {
    const country = dashboard.templating.list.find((v) => v.name === "country");
    expect(country?.type).toBe("query");
    const perCountry = ["hub_nation_reachable", "hub_nation_call_duration_seconds", "hub_nation_circuit_state", "hub_access_log_chain_valid", "hub_incident_notifications_overdue"];
    for (const panel of dataPanels) {
      for (const target of panel.targets ?? []) {
        const names = metricNamesIn(target.expr!);
        if (perCountry.some((name) => names.has(name))) expect(target.expr, `panel "${panel.title}"`).toContain('country=~"$country"');
      }
    }
  });

  it("shows what the operator asked for", () => {
    const names = dashboardMetricNames(dashboard);
    for (const name of [
      "hub_nation_reachable", "up", "hub_nation_call_duration_seconds", "hub_nation_circuit_state", "hub_nation_circuit_opened_total",
      "hub_graphql_request_duration_seconds", "hub_token_rejections_total", "hub_rate_limit_refusals_total",
      "hub_access_log_appends_total", "hub_access_log_chain_valid", "hub_incident_notifications_overdue",
      "process_cpu_seconds_total", "process_resident_memory_bytes", "nodejs_eventloop_lag_p99_seconds",
    ]) expect(names, name).toContain(name);
  });

  it("reads only metrics the services export", async () => {
    const exprs = dataPanels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ where: `panel "${panel.title}"`, expr: target.expr! })));
    for (const variable of dashboard.templating.list) {
      const query = typeof variable.query === "string" ? variable.query : (variable.query?.query ?? "");
      exprs.push({ where: `variable ${variable.name}`, expr: query.replace(/^label_values\((.*),\s*\w+\)$/, "$1") });
    }
    checkMetricNames(exprs, await exportedByServices());
  });
});

describe("metricNamesIn", () => {
  it("finds metric names and ignores functions, keywords, label names, literals and Grafana variables", () => {
    expect([...metricNamesIn('histogram_quantile(0.95, sum by (country, le) (rate(hub_nation_call_duration_seconds_bucket{country=~"$country"}[$__rate_interval])))')])
      .toEqual(["hub_nation_call_duration_seconds"]);
    expect([...metricNamesIn('up{job="hub-national"} == 1 unless on (job, instance) hub_access_log_chain_valid')]).toEqual(["up", "hub_access_log_chain_valid"]);
    expect([...metricNamesIn("time() - hub_access_log_chain_checked_timestamp_seconds > 1800")]).toEqual(["hub_access_log_chain_checked_timestamp_seconds"]);
    expect([...metricNamesIn("sum(rate(a_total[1d] offset 30m)) or sum(rate(a_total[5m])) * 0 > 1e3")]).toEqual(["a_total"]);
    expect([...metricNamesIn('label_replace(b, "dst", "$1", "src", "(.*)") / ignoring(state) group_left(country) c')]).toEqual(["b", "c"]);
    expect([...metricNamesIn("sum(x_sum) / sum(x_count) and bool y")]).toEqual(["x", "y"]);
  });
});

describe("otel-collector.yaml", () => {
  interface CollectorConfig {
    receivers: { otlp: { protocols: { grpc: { endpoint: string }; http: { endpoint: string } } } };
    processors: Record<string, unknown>;
    exporters: Record<string, { endpoint?: string } | null>;
    service: { pipelines: Record<string, { receivers: string[]; processors: string[]; exporters: string[] }> };
  }
  const config = readYaml<CollectorConfig>("otel-collector.yaml");

  it("receives OTLP over HTTP (4318, what the services send to) and gRPC (4317), batched", () => {
    expect(config.receivers.otlp.protocols.http.endpoint).toBe("0.0.0.0:4318");
    expect(config.receivers.otlp.protocols.grpc.endpoint).toBe("0.0.0.0:4317");
    const traces = config.service.pipelines.traces!;
    expect(traces.receivers).toEqual(["otlp"]);
    expect(traces.processors).toContain("batch");
  });

  it("exports nowhere outside the deployment", () => {
    for (const [name, exporter] of Object.entries(config.exporters)) {
      const endpoint = exporter?.endpoint;
      if (endpoint === undefined) {
        expect(name, "an exporter without an endpoint writes to the collector's own log").toMatch(/^debug(\/|$)/);
        continue;
      }
      // A compose service's name (one DNS label) or this machine: never a hosted service's domain.
      const host = new URL(endpoint.includes("://") ? endpoint : `grpc://${endpoint}`).hostname;
      expect(host, `${name}: ${endpoint}`).toMatch(/^([a-z0-9-]+|127\.0\.0\.1|localhost)$/);
    }
    for (const pipeline of Object.values(config.service.pipelines)) {
      for (const exporter of pipeline.exporters) expect(Object.keys(config.exporters)).toContain(exporter);
    }
  });
});
