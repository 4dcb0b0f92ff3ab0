import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type HubConfig, parseHubConfig } from "../shared/config/hub-config.js";
import { SERVICE_ENTRIES } from "../dev/service-entries.js";

/**
 * docker-compose.yml cannot be started here (no Docker engine in CI), so this checks what can go wrong
 * without one: dclint's schema and semantic rules, and the topology itself — one PostgreSQL server per
 * participant, migrations before subgraphs, every variable each process requires, and a hub config that
 * names the same services.
 */
const run = promisify(execFile);
const ROOT = new URL("..", import.meta.url).pathname;
const COMPOSE_FILE = `${ROOT}docker-compose.yml`;
const HUB_CONFIG_FILE = `${ROOT}shared/deploy/hub.compose.json`;
const COUNTRIES = ["JP", "US", "EU", "CN", "KR"];
const PARTICIPANTS = ["BOARD", ...COUNTRIES];
/** Where every Node.js service finds the hub config and the issuers' keys (HUB_DATA_DIR). */
const DATA_DIR = "/data";

type Environment = Record<string, string>;
interface Dependency {
  condition: string;
}
interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Environment | string[];
  depends_on?: Record<string, Dependency> | string[];
  healthcheck?: { test?: string[] | string };
  volumes?: (string | { source?: string; target?: string })[];
  ports?: (string | number | { target?: number; published?: string | number; host_ip?: string })[];
  restart?: string;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** Compose's own interpolation, with every variable unset: `${VAR:-default}` gives its default. */
function interpolate(value: string): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}/g, (match, _name, fallback: string | undefined) =>
    match === "$$" ? "$" : (fallback ?? ""),
  );
}

function loadCompose(): ComposeFile {
  // merge: true resolves `<<: *anchor`, as Compose does.
  return parse(readFileSync(COMPOSE_FILE, "utf8"), { merge: true }) as ComposeFile;
}

const compose = loadCompose();
const services = compose.services;

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function env(svc: ComposeService): Environment {
  const raw = svc.environment ?? {};
  const entries = Array.isArray(raw)
    ? raw.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const)
    : Object.entries(raw);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(String(value))]));
}

function dependencies(svc: ComposeService): Record<string, string> {
  const raw = svc.depends_on ?? {};
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((name) => [name, "service_started"]));
  return Object.fromEntries(Object.entries(raw).map(([name, dep]) => [name, dep.condition]));
}

function command(svc: ComposeService): string[] {
  if (svc.command === undefined) return [];
  return typeof svc.command === "string" ? svc.command.split(/\s+/) : svc.command.map(String);
}

/** The one service whose command is exactly `node <script> ...args`. */
function serviceRunning(script: string, ...args: string[]): [string, ComposeService] {
  const matches = Object.entries(services).filter(([, svc]) => {
    const cmd = command(svc);
    return cmd[0] === "node" && cmd[1] === script && JSON.stringify(cmd.slice(2)) === JSON.stringify(args);
  });
  expect(matches.map(([name]) => name), `services running node ${script} ${args.join(" ")}`).toHaveLength(1);
  return matches[0]!;
}

function databaseHost(url: string): string {
  return new URL(url).hostname;
}

function isPostgres(svc: ComposeService): boolean {
  return /^postgres:\d+/.test(svc.image ?? "");
}

function volumeTargets(svc: ComposeService): Map<string, string> {
  return new Map(
    (svc.volumes ?? []).map((volume) => {
      if (typeof volume !== "string") return [volume.target ?? "", volume.source ?? ""];
      const [source, target] = volume.split(":");
      return [target ?? "", source ?? ""];
    }),
  );
}

const participantServices = () => [
  { code: "BOARD", ...namedEntry(serviceRunning(SERVICE_ENTRIES.board)) },
  ...COUNTRIES.map((code) => ({ code, ...namedEntry(nationalService(code)) })),
];

function namedEntry([name, svc]: [string, ComposeService]) {
  return { name, svc };
}

function nationalService(country: string): [string, ComposeService] {
  const matches = Object.entries(services).filter(
    ([, svc]) => command(svc).includes(SERVICE_ENTRIES.national) && env(svc).HUB_COUNTRY === country,
  );
  expect(matches.map(([name]) => name), `national services for ${country}`).toHaveLength(1);
  return matches[0]!;
}

/** The one-shot job that creates the owner and service roles of the database on `host`. */
function rolesJob(host: string): [string, ComposeService] {
  const matches = Object.entries(services).filter(([, svc]) => command(svc).includes("/create-roles.sql") && env(svc).PGHOST === host);
  expect(matches.map(([name]) => name), `roles job for ${host}`).toHaveLength(1);
  return matches[0]!;
}

/** `psql -v name=value ...` of a job, as a record. */
function psqlVariables(svc: ComposeService): Record<string, string> {
  const cmd = command(svc);
  const vars: Record<string, string> = {};
  cmd.forEach((arg, i) => {
    if (arg === "-v" && cmd[i + 1]) {
      const assignment = interpolate(cmd[i + 1]!);
      vars[assignment.slice(0, assignment.indexOf("="))] = assignment.slice(assignment.indexOf("=") + 1);
    }
  });
  return vars;
}

/** The one service running an image of `repository` (e.g. prom/prometheus), at a pinned version. */
function serviceWithImage(repository: string): [string, ComposeService] {
  const matches = Object.entries(services).filter(([, svc]) => (svc.image ?? "").split(":")[0] === repository);
  expect(matches.map(([name]) => name), `services running ${repository}`).toHaveLength(1);
  return matches[0]!;
}

function migrateJob(code: string): [string, ComposeService] {
  return code === "BOARD"
    ? serviceRunning("dist/migrations/migrate.js", "board")
    : serviceRunning("dist/migrations/migrate.js", "national", code);
}

describe("docker-compose.yml", () => {
  it("passes dclint (schema validation and every non-style rule)", async () => {
    const dclint = `${ROOT}node_modules/dclint/bin/dclint.cjs`;
    const { stdout } = await run(process.execPath, [dclint, "docker-compose.yml", "-f", "json"], { cwd: ROOT });
    const [report] = JSON.parse(stdout) as { errorCount: number; warningCount: number; messages: { rule: string; message: string }[] }[];
    expect(report!.messages).toEqual([]);
    expect(report!.errorCount).toBe(0);
  });

  it("runs one national subgraph per country, each on its own PostgreSQL server", () => {
    const servers = new Map<string, string>();
    for (const { code, name, svc } of participantServices()) {
      const vars = env(svc);
      for (const key of ["HUB_CONFIG", "DATABASE_URL", "PORT", "HOST"]) expect(vars[key], `${name}: ${key}`).toBeTruthy();
      expect(vars.HOST, name).toBe("0.0.0.0");
      if (code !== "BOARD") expect(vars.HUB_COUNTRY, name).toBe(code);

      const host = databaseHost(vars.DATABASE_URL!);
      const db = service(host);
      expect(isPostgres(db), `${name}'s database ${host} is a PostgreSQL server`).toBe(true);
      expect(servers.get(host), `${host} is shared by ${servers.get(host)} and ${code}`).toBeUndefined();
      servers.set(host, code);

      const url = new URL(vars.DATABASE_URL!);
      const dbEnv = env(db);
      expect(url.pathname.slice(1), `${name}: database name`).toBe(dbEnv.POSTGRES_DB);
      expect(command(db)).toEqual([]);
    }
    expect(servers.size).toBe(PARTICIPANTS.length);
  });

  it("gives every PostgreSQL server its own volume and a pg_isready healthcheck", () => {
    const dbs = Object.entries(services).filter(([, svc]) => isPostgres(svc) && command(svc).length === 0);
    expect(dbs).toHaveLength(PARTICIPANTS.length);
    const volumes = dbs.map(([name, svc]) => {
      const source = volumeTargets(svc).get("/var/lib/postgresql");
      expect(source, `${name} keeps its data in a named volume at /var/lib/postgresql (postgres:18 layout)`).toBeTruthy();
      expect(Object.keys(compose.volumes ?? {})).toContain(source);
      expect(JSON.stringify(svc.healthcheck?.test), name).toContain("pg_isready");
      return source;
    });
    expect(new Set(volumes).size).toBe(dbs.length);
  });

  it("migrates each database to completion before its subgraph starts", () => {
    for (const { code, name, svc } of participantServices()) {
      const [jobName, job] = migrateJob(code);
      // The same database (host and name); the roles differ (see the next test).
      const [migrated, served] = [new URL(env(job).DATABASE_URL!), new URL(env(svc).DATABASE_URL!)];
      expect(`${migrated.host}${migrated.pathname}`, `${jobName} migrates ${name}'s database`).toBe(`${served.host}${served.pathname}`);
      expect(job.restart, `${jobName} is a one-shot job`).toBe("no");
      expect(dependencies(job)[databaseHost(env(job).DATABASE_URL!)], `${jobName} waits for its database`).toBe("service_healthy");
      expect(dependencies(svc)[jobName], `${name} waits for ${jobName}`).toBe("service_completed_successfully");
    }
  });

  it("migrates as the database's owner role and serves as its service role, neither of them the superuser", () => {
    for (const { code, name, svc } of participantServices()) {
      const serviceUrl = new URL(env(svc).DATABASE_URL!);
      const host = serviceUrl.hostname;
      const dbEnv = env(service(host));
      const [rolesName, roles] = rolesJob(host);
      const vars = psqlVariables(roles);
      expect(vars.database, rolesName).toBe(dbEnv.POSTGRES_DB);
      expect(env(roles).PGUSER, `${rolesName} runs as the server's superuser`).toBe(dbEnv.POSTGRES_USER);
      expect(env(roles).PGPASSWORD).toBe(dbEnv.POSTGRES_PASSWORD);
      expect(dependencies(roles)[host]).toBe("service_healthy");
      expect(volumeTargets(roles).get("/create-roles.sql")).toBe("./shared/deploy/create-roles.sql");

      const [jobName, job] = migrateJob(code);
      const ownerUrl = new URL(env(job).DATABASE_URL!);
      expect(decodeURIComponent(ownerUrl.username), `${jobName} connects as the owner`).toBe(vars.owner);
      expect(decodeURIComponent(ownerUrl.password)).toBe(vars.owner_password);
      expect(env(job).HUB_SERVICE_ROLE, `${jobName} grants the service role`).toBe(vars.service);
      expect(dependencies(job)[rolesName], `${jobName} waits for ${rolesName}`).toBe("service_completed_successfully");

      expect(decodeURIComponent(serviceUrl.username), `${name} connects as the service role`).toBe(vars.service);
      expect(decodeURIComponent(serviceUrl.password)).toBe(vars.service_password);
      expect(new Set([vars.owner, vars.service, dbEnv.POSTGRES_USER]).size, `${name}: three distinct roles`).toBe(3);
    }
  });

  it("gives every country a key to sign its access log's head with, and a place to publish it", () => {
    for (const code of COUNTRIES) {
      const [name, svc] = nationalService(code);
      const vars = env(svc);
      expect(vars.HUB_ACCESS_LOG_SIGNING_KEY, name).toBe(`${DATA_DIR}/issuers/${code}/access-log-head.private.jwk.json`);
      const file = vars.HUB_ACCESS_LOG_HEAD_FILE!;
      const dir = file.slice(0, file.lastIndexOf("/"));
      expect(volumeTargets(svc).get(dir), `${name} publishes its head on a volume of its own`).toBe(`heads-${code.toLowerCase()}`);
    }
  });

  it("starts the gateway once the board and every country are healthy", () => {
    const [name, gateway] = serviceRunning(SERVICE_ENTRIES.gateway);
    const deps = dependencies(gateway);
    for (const { name: member } of participantServices()) expect(deps[member], `${name} waits for ${member}`).toBe("service_healthy");

    const vars = env(gateway);
    for (const key of ["HUB_CONFIG", "PORT", "HOST", "SUPERGRAPH_FILE"]) expect(vars[key], `${name}: ${key}`).toBeTruthy();
    expect(vars.SUPERGRAPH_FILE).toBe("/app/supergraph.graphql");
    expect(vars.HUB_DATA_DIR, "the token CLI reads $HUB_DATA_DIR/hub.json").toBe(DATA_DIR);
    expect(vars.HUB_CONFIG).toBe(`${DATA_DIR}/hub.json`);

    const published = (gateway.ports ?? []).map((port) => (typeof port === "object" ? `${port.published}:${port.target}` : String(port)));
    expect(published.some((port) => /(^|:)4000:4000$/.test(port)), `gateway publishes 4000:4000 (${published.join(", ")})`).toBe(true);
    const others = Object.entries(services).filter(([other, svc]) => other !== name && (svc.ports ?? []).length > 0);
    const operatorUis = [serviceWithImage("prom/prometheus")[0], serviceWithImage("grafana/grafana")[0]];
    expect(others.map(([other]) => other).sort(), "only the gateway and the operator's Prometheus and Grafana are published").toEqual(operatorUis.sort());
  });

  it("publishes nothing beyond loopback", () => {
    for (const [name, svc] of Object.entries(services)) {
      for (const port of svc.ports ?? []) {
        const hostIp = typeof port === "object" ? port.host_ip : String(port).split(":").length === 3 ? String(port).split(":")[0] : undefined;
        expect(hostIp, `${name} publishes ${JSON.stringify(port)} on loopback only`).toBe("127.0.0.1");
      }
    }
  });

  it("never turns Apollo telemetry on", () => {
    for (const [name, svc] of Object.entries(services)) expect(env(svc).HUB_ALLOW_APOLLO_TELEMETRY, name).toBeUndefined();
  });

  it("health-checks every long-running Node.js service with node's fetch against /health", () => {
    const nodeServices = Object.entries(services).filter(([, svc]) => command(svc)[0] === "node" && svc.restart !== "no");
    expect(nodeServices.map(([name]) => name).sort()).toEqual(
      ["gateway", ...participantServices().map((p) => p.name)].sort(),
    );
    for (const [name, svc] of nodeServices) {
      const test = svc.healthcheck?.test;
      expect(Array.isArray(test) ? test.slice(0, 3) : test, name).toEqual(["CMD", "node", "-e"]);
      const script = (test as string[])[3]!;
      expect(script, name).toMatch(/fetch\(/);
      expect(script, name).toContain("/health");
      expect(env(svc).PORT, name).toBe("4000");
    }
  });

  it("only waits on conditions the dependency can meet", () => {
    for (const [name, svc] of Object.entries(services)) {
      for (const [dep, condition] of Object.entries(dependencies(svc))) {
        const target = service(dep);
        if (condition === "service_healthy") expect(target.healthcheck?.test, `${name} -> ${dep} needs a healthcheck`).toBeTruthy();
        if (condition === "service_completed_successfully") expect(target.restart, `${name} -> ${dep} must be one-shot`).toBe("no");
      }
    }
  });

  it("builds the one image every Node.js service runs", () => {
    const builders = Object.entries(services).filter(([, svc]) => svc.build !== undefined);
    expect(builders).toHaveLength(1);
    const [, builder] = builders[0]!;
    expect(builder.build).toMatchObject({ context: ".", dockerfile: "shared/deploy/Dockerfile" });
    for (const [name, svc] of Object.entries(services)) {
      if (command(svc)[0] === "node") expect(svc.image, name).toBe(builder.image);
    }
  });

  it("mounts the hub config and the issuers' public keys wherever a service reads HUB_CONFIG", () => {
    for (const [name, svc] of Object.entries(services)) {
      const path = env(svc).HUB_CONFIG;
      if (!path) continue;
      const mounts = volumeTargets(svc);
      expect(mounts.get(path), name).toBe("./shared/deploy/hub.compose.json");
      expect(mounts.get(`${DATA_DIR}/issuers`), name).toBe("issuers");
    }
  });

  it("creates a dev issuer for every participant before anything verifies tokens", () => {
    const [name, issuers] = Object.entries(services).find(([, svc]) => command(svc)[1] === "dist/dev/init-issuers.js")!;
    const [, , dir, baseUrl, ...codes] = command(issuers);
    expect(dir).toBe(`${DATA_DIR}/issuers`);
    expect(baseUrl).toBe("http://localhost:4000");
    expect([...codes].sort()).toEqual([...PARTICIPANTS].sort());
    expect(volumeTargets(issuers).get(`${DATA_DIR}/issuers`)).toBe("issuers");
    for (const [other, svc] of Object.entries(services)) {
      if (env(svc).HUB_CONFIG) expect(dependencies(svc)[name], other).toBe("service_completed_successfully");
    }
  });
});

describe("docker-compose.yml: observability (shared/deploy/observability/)", () => {
  const KIT = `${ROOT}shared/deploy/observability/`;
  interface ScrapeConfig {
    job_name: string;
    metrics_path?: string;
    static_configs: { targets: string[]; labels?: Record<string, string> }[];
  }
  const prometheusConfig = parse(readFileSync(`${KIT}prometheus.yml`, "utf8"), { merge: true }) as {
    rule_files: string[];
    scrape_configs: ScrapeConfig[];
  };
  /** Every target Prometheus scrapes, with its job and `country` label. */
  const scraped = prometheusConfig.scrape_configs.flatMap((job) =>
    job.static_configs.flatMap((group) => group.targets.map((target) => ({ job: job.job_name, target, path: job.metrics_path ?? "/metrics", country: group.labels?.country }))),
  );
  const hubServices = () => [
    { code: undefined as string | undefined, job: "hub-gateway", ...namedEntry(serviceRunning(SERVICE_ENTRIES.gateway)) },
    ...participantServices().map(({ code, name, svc }) => ({ code: code as string | undefined, job: code === "BOARD" ? "hub-board" : "hub-national", name, svc })),
  ];

  it("gives every hub service a metrics listener on the compose network, unpublished, that Prometheus scrapes", () => {
    for (const { code, job, name, svc } of hubServices()) {
      const vars = env(svc);
      expect(vars.HUB_METRICS_PORT, `${name}: HUB_METRICS_PORT`).toMatch(/^[1-9]\d*$/);
      expect(vars.HUB_METRICS_PORT, `${name}: metrics apart from the public port`).not.toBe(vars.PORT);
      expect(vars.HUB_METRICS_HOST, `${name}: reachable by Prometheus over the compose network`).toBe("0.0.0.0");
      const published = (svc.ports ?? []).map((port) => String(typeof port === "object" ? port.target : String(port).split(":").at(-1)));
      expect(published, `${name} does not publish its metrics port`).not.toContain(vars.HUB_METRICS_PORT);
      const targets = scraped.filter((t) => t.target === `${name}:${vars.HUB_METRICS_PORT}`);
      expect(targets, `prometheus.yml scrapes ${name}:${vars.HUB_METRICS_PORT} once`).toHaveLength(1);
      expect(targets[0], name).toMatchObject({ job, path: "/metrics", country: code });
    }
    const hubTargets = scraped.filter((t) => t.job.startsWith("hub-"));
    expect(hubTargets.length, "prometheus.yml scrapes no hub service that compose does not run").toBe(hubServices().length);
  });

  it("sends every hub service's traces to the collector, whose OTLP/HTTP receiver listens on that port", () => {
    const [collector] = serviceWithImage("otel/opentelemetry-collector");
    const config = parse(readFileSync(`${KIT}otel-collector.yaml`, "utf8")) as {
      receivers: { otlp: { protocols: { http: { endpoint: string } } } };
    };
    const httpPort = config.receivers.otlp.protocols.http.endpoint.split(":").at(-1);
    for (const { name, svc } of hubServices()) {
      expect(env(svc).OTEL_EXPORTER_OTLP_ENDPOINT, name).toBe(`http://${collector}:${httpPort}`);
    }
    expect(volumeTargets(service(collector)).get("/etc/otelcol/config.yaml")).toBe("./shared/deploy/observability/otel-collector.yaml");
    expect(command(service(collector))).toEqual(["--config=/etc/otelcol/config.yaml"]);
  });

  it("runs Prometheus with the scrape config and its rule file side by side, healthy before Grafana starts", () => {
    const [name, prometheus] = serviceWithImage("prom/prometheus");
    expect(command(prometheus)).toContain("--config.file=/etc/prometheus/prometheus.yml");
    const mounts = volumeTargets(prometheus);
    expect(mounts.get("/etc/prometheus/prometheus.yml")).toBe("./shared/deploy/observability/prometheus.yml");
    for (const rules of prometheusConfig.rule_files) {
      expect(mounts.get(`/etc/prometheus/${rules}`), `rule file ${rules}`).toBe(`./shared/deploy/observability/${rules}`);
    }
    expect(Object.keys(compose.volumes ?? {})).toContain(mounts.get("/prometheus"));
    expect(dependencies(service(serviceWithImage("grafana/grafana")[0]))[name]).toBe("service_healthy");
  });

  it("runs Grafana behind a login, with everything that phones home off, and provisions the dashboard", () => {
    const [, grafana] = serviceWithImage("grafana/grafana");
    const vars = env(grafana);
    expect(vars).toMatchObject({
      GF_AUTH_ANONYMOUS_ENABLED: "false",
      GF_USERS_ALLOW_SIGN_UP: "false",
      GF_PUBLIC_DASHBOARDS_ENABLED: "false",
      GF_ANALYTICS_REPORTING_ENABLED: "false",
      GF_ANALYTICS_CHECK_FOR_UPDATES: "false",
      GF_ANALYTICS_CHECK_FOR_PLUGIN_UPDATES: "false",
      GF_ANALYTICS_FEEDBACK_LINKS_ENABLED: "false",
      GF_NEWS_NEWS_FEED_ENABLED: "false",
      GF_SECURITY_DISABLE_GRAVATAR: "true",
      GF_PLUGINS_PREINSTALL_DISABLED: "true",
      GF_PLUGINS_PUBLIC_KEY_RETRIEVAL_DISABLED: "true",
      GF_SNAPSHOTS_EXTERNAL_ENABLED: "false",
    });
    expect(vars.GF_SECURITY_ADMIN_PASSWORD, "an admin password, never Grafana's default").toBeTruthy();
    expect(vars.GF_SECURITY_ADMIN_PASSWORD).not.toBe("admin");
    expect(vars.GF_INSTALL_PLUGINS, "no plugin downloads").toBeUndefined();

    const mounts = volumeTargets(grafana);
    expect(mounts.get("/etc/grafana/provisioning")).toBe("./shared/deploy/observability/grafana/provisioning");
    const provider = parse(readFileSync(`${KIT}grafana/provisioning/dashboards/hub.yml`, "utf8")) as { providers: { options: { path: string } }[] };
    for (const { options } of provider.providers) expect(mounts.get(options.path), options.path).toBe("./shared/deploy/observability/grafana/dashboards");
    const datasource = parse(readFileSync(`${KIT}grafana/provisioning/datasources/prometheus.yml`, "utf8")) as { datasources: { url: string }[] };
    const url = new URL(datasource.datasources[0]!.url);
    expect(url.hostname).toBe(serviceWithImage("prom/prometheus")[0]);
    expect(url.port).toBe("9090");
    expect(vars.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH?.startsWith(`${provider.providers[0]!.options.path}/`)).toBe(true);
  });

  it("pins every image it does not build", () => {
    for (const [name, svc] of Object.entries(services)) {
      if (svc.image === undefined || svc.image === "ai-safety-hub:local") continue;
      expect(svc.image, name).toMatch(/^[a-z0-9./-]+:v?\d+(\.\d+)*$/);
    }
  });
});

describe("shared/deploy/hub.compose.json", () => {
  // Parsed as the services see it: mounted at /data/hub.json, so jwksFile resolves under /data.
  const config: HubConfig = parseHubConfig(JSON.parse(readFileSync(HUB_CONFIG_FILE, "utf8")), DATA_DIR);

  /** The compose service a URL of the hub config reaches, checked against that service's PORT. */
  function serviceAt(url: string): string {
    const parsed = new URL(url);
    expect(parsed.pathname).toBe("/graphql");
    const name = parsed.hostname;
    expect(env(service(name)).PORT, `${url} reaches ${name} on its PORT`).toBe(parsed.port || "80");
    return name;
  }

  it("lists the same countries, in the same services, as docker-compose.yml", () => {
    expect(config.countries.map((c) => c.code)).toEqual(COUNTRIES);
    for (const country of config.countries) expect(serviceAt(country.url)).toBe(nationalService(country.code)[0]);
    expect(serviceAt(config.board.url)).toBe(serviceRunning(SERVICE_ENTRIES.board)[0]);
    // The board reaches the gateway on the compose network, where submissions are vouched for.
    expect(serviceAt(config.board.gatewayUrl!)).toBe(serviceRunning(SERVICE_ENTRIES.gateway)[0]);
  });

  it("trusts one dev issuer per participant, with the keys the issuers service writes", () => {
    expect(config.issuers.map((i) => i.participant).sort()).toEqual([...PARTICIPANTS].sort());
    for (const issuer of config.issuers) {
      expect(issuer.issuer).toBe(`http://localhost:4000/dev-issuers/${issuer.participant}`);
      expect(issuer.jwksFile).toBe(`${DATA_DIR}/issuers/${issuer.participant}/jwks.json`);
    }
  });
});
