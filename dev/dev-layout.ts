import { DEMO_INCIDENTS_PER_COUNTRY } from "./seed/demo-incidents.js";
import { MAX_DEMO_PARTICIPANTS } from "./seed/demo-participants.js";
import { join, resolve } from "node:path";

/**
 * Where the dev hub keeps its state, and on which ports it runs. Everything lives under one data
 * directory (`.data/` by default) so that `npm run reset` is one `rm -rf`.
 */
export interface DevLayout {
  dataDir: string;
  databaseDir: string;
  issuersDir: string;
  configFile: string;
  /** Composed by the launcher at every start, so the gateway starts as in production. */
  supergraphFile: string;
  logsDir: string;
  runDir: string;
  databasePort: number;
  /** Participant databases are named `<prefix>_<code>` (tests use their own prefix). */
  databasePrefix: string;
  gatewayPort: number;
  /** The board listens here; country i (0-based) on subgraphPortBase + 1 + i. */
  subgraphPortBase: number;
  gatewayBaseUrl: string;
  /** HUB_IDP_PORT: the dev identity providers, one per participant at http://127.0.0.1:<port>/<CODE>. */
  idpPort: number;
  /** HUB_METRICS_PORT_BASE: metrics listeners, gateway here, board + 1, country i (0-based) + 2 + i. */
  metricsPortBase: number;
  /** Prometheus file_sd targets of every service's metrics, written at each start (in runDir). */
  metricsTargetsFile: string;
  /** HUB_NATION_TIMEOUT_MS and HUB_CIRCUIT_OPEN_MS override the hub config's defaults (tests, demos). */
  nationTimeoutMs?: number;
  circuitOpenMs?: number;
  /** HUB_RATE_LIMIT_PER_MINUTE: requests per caller per minute (per country: five times it); the bench's load needs more than the defaults. */
  rateLimitPerMinute?: number;
  /** HUB_DEMO_COUNTRIES: how many demo participants the dev hub runs (default 5, up to 50). */
  demoCountries: number;
  /** HUB_DEMO_INCIDENTS: incidents seeded per country into an empty register (default 24). */
  demoIncidents: number;
}

export function devLayout(env: NodeJS.ProcessEnv = process.env): DevLayout {
  const dataDir = resolve(env.HUB_DATA_DIR ?? ".data");
  const gatewayPort = numberFrom(env.HUB_PORT, 4000);
  return {
    dataDir,
    databaseDir: join(dataDir, "postgres"),
    issuersDir: join(dataDir, "issuers"),
    configFile: join(dataDir, "hub.json"),
    supergraphFile: join(dataDir, "supergraph.graphql"),
    logsDir: join(dataDir, "logs"),
    runDir: join(dataDir, "run"),
    databasePort: numberFrom(env.HUB_PG_PORT, 54329),
    databasePrefix: databasePrefixFrom(env.HUB_DB_PREFIX),
    gatewayPort,
    subgraphPortBase: numberFrom(env.HUB_SUBGRAPH_PORT_BASE, 4100),
    gatewayBaseUrl: `http://127.0.0.1:${gatewayPort}`,
    // Beside the gateway (4000) and below the subgraphs (4100 up); not one of the ports fetch refuses.
    idpPort: numberFrom(env.HUB_IDP_PORT, 4090),
    // Above the subgraphs (4100 up to 4150 for 50 countries).
    metricsPortBase: numberFrom(env.HUB_METRICS_PORT_BASE, 4200),
    metricsTargetsFile: join(dataDir, "run", "prometheus-targets.json"),
    nationTimeoutMs: env.HUB_NATION_TIMEOUT_MS ? positive(env.HUB_NATION_TIMEOUT_MS, "HUB_NATION_TIMEOUT_MS") : undefined,
    circuitOpenMs: env.HUB_CIRCUIT_OPEN_MS ? positive(env.HUB_CIRCUIT_OPEN_MS, "HUB_CIRCUIT_OPEN_MS") : undefined,
    rateLimitPerMinute: env.HUB_RATE_LIMIT_PER_MINUTE ? countFrom(env.HUB_RATE_LIMIT_PER_MINUTE, "HUB_RATE_LIMIT_PER_MINUTE", 1, 100_000_000) : undefined,
    demoCountries: countFrom(env.HUB_DEMO_COUNTRIES, "HUB_DEMO_COUNTRIES", 5, MAX_DEMO_PARTICIPANTS),
    demoIncidents: countFrom(env.HUB_DEMO_INCIDENTS, "HUB_DEMO_INCIDENTS", DEMO_INCIDENTS_PER_COUNTRY, 10_000),
  };
}

function numberFrom(text: string | undefined, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) throw new Error(`Not a port number: ${text}`);
  return value;
}

function databasePrefixFrom(text: string | undefined): string {
  const prefix = text || "hub";
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`HUB_DB_PREFIX must be lowercase letters, digits and _: ${text}`);
  return prefix;
}

function countFrom(text: string | undefined, name: string, fallback: number, max: number): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name} must be a whole number from 1 to ${max}: ${text}`);
  return value;
}

function positive(text: string, name: string): number {
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} must be a positive number of milliseconds: ${text}`);
  return value;
}
