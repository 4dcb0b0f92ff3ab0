import "reflect-metadata";
import { mkdirSync, rmSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { DevHub, residentMiB, ROOT } from "./dev-hub.js";
import { WARM_UP_REQUESTS } from "./load.js";
import { printTable, type Row, saveResults } from "./report.js";
import { measureColdStart } from "./scenarios/cold-start.js";
import { CONSOLE_CAPTION, firstViewScriptRow, measureConsole } from "./scenarios/console.js";
import { measureFanOut } from "./scenarios/fan-out.js";
import { FOREIGN_READ_CAPTION, FOREIGN_READ_CONNECTIONS, measureForeignRead } from "./scenarios/foreign-read.js";
import { GATEWAY_FAN_OUT_CAPTION, measureGatewayFanOut } from "./scenarios/gateway-fan-out.js";
import { measureOverhead } from "./scenarios/overhead.js";
import { measureRoundTripScenario } from "./scenarios/round-trips.js";
import type { ScenarioResult } from "./scenarios/scenario.js";
import { measureTracing } from "./scenarios/tracing.js";
import { verdictOf } from "./verdict.js";

/**
 * `npm run bench`: starts what it measures (hubs by the real launcher, a plain Apollo gateway as the
 * baseline), drives load with autocannon over loopback, prints a table and saves the figures as JSON.
 * `--duration <s>` sets the length of each load run (default 10); `--only <n>` runs one of the
 * scenarios that stand alone: 8 (the gateway's own fan-out over stand-ins: no hub, no database) or 9
 * (a country's cost per foreign read, on a small hub of its own). A missed target makes the run exit 1;
 * `--no-fail` keeps it at 0, for exploring.
 */
const say = (line: string) => process.stdout.write(`${line}
`);
const durationSeconds = numberArg("--duration", 10);
const noFail = process.argv.includes("--no-fail");
const WIDE = 50;
const FAN_OUT_LEVELS = [1, 5, 20, WIDE];
// Enough incidents that a foreign regulator's page of 100 is full (about half are SHARED or PUBLIC).
const INCIDENTS_PER_COUNTRY = 250;
// Scenario 9 needs JP, a foreign reader (US) and one more country, nothing wider.
const FOREIGN_READ_COUNTRIES = 3;
const dataRoot = join(ROOT, "bench", ".data");

const hubs: DevHub[] = [];
const stopHubs = async () => {
  for (const hub of hubs) await hub.stop();
};
process.on("SIGINT", () => void stopHubs().then(() => process.exit(130)));

/** A scenario that can run alone: its title, the key of its figures in the JSON file, its caption. */
interface Standalone {
  title: string;
  key: string;
  caption: string;
  run(): Promise<ScenarioResult>;
}
const STANDALONE: Record<number, Standalone> = {
  8: {
    title: "8. Gateway fan-out: stand-in countries answering after a fixed delay, 1 to 100 countries...",
    key: "gatewayFanOut",
    caption: GATEWAY_FAN_OUT_CAPTION,
    run: () => measureGatewayFanOut(join(dataRoot, "gateway-fan-out"), durationSeconds),
  },
  9: {
    title: `9. Foreign read: a US regulator's pages of 20 straight from JP's subgraph, ${FOREIGN_READ_CONNECTIONS.join(" and ")} connections, against a plain pg server...`,
    key: "foreignRead",
    caption: FOREIGN_READ_CAPTION,
    run: async () => {
      const hub = await DevHub.configure(join(dataRoot, "foreign-read"), FOREIGN_READ_COUNTRIES, INCIDENTS_PER_COUNTRY);
      hubs.push(hub);
      await hub.start();
      try {
        return await measureForeignRead(hub, durationSeconds);
      } finally {
        await hub.stop();
      }
    },
  },
};
const only = numberArg("--only", 0);
if (only !== 0 && !STANDALONE[only]) throw new Error(`--only takes ${Object.keys(STANDALONE).join(" or ")} (the scenarios that run alone)`);

rmSync(dataRoot, { recursive: true, force: true });
mkdirSync(dataRoot, { recursive: true });
say(
  `Benchmark on ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
    `load runs of ${durationSeconds} s, each after ${WARM_UP_REQUESTS} warm-up requests.`,
);
const rows: Row[] = [];
const figures: Record<string, unknown> = { startedAt: new Date().toISOString(), cpus: cpus().length, node: process.version, durationSeconds };

if (only !== 0) {
  const scenario = STANDALONE[only]!;
  try {
    say(`\n${scenario.title}`);
    const result = await scenario.run();
    say("");
    printTable(result.rows, say);
    say(scenario.caption);
    say(`\nSaved: ${saveResults(join(ROOT, "bench", "results"), { ...figures, [scenario.key]: result.figures, rows: result.rows })}`);
    for (const note of result.notes ?? []) say(note);
    const verdict = verdictOf(result.rows, noFail);
    for (const line of verdict.lines) say(line);
    process.exitCode = verdict.exitCode;
  } finally {
    await stopHubs();
  }
  process.exit();
}

try {
  say(`\nStarting a ${WIDE}-country hub with npm start (first start: migrations and demo data)...`);
  const wide = await DevHub.configure(join(dataRoot, "wide"), WIDE, INCIDENTS_PER_COUNTRY);
  hubs.push(wide);
  const startedAt = Date.now();
  await wide.start();
  const firstStartSeconds = (Date.now() - startedAt) / 1000;
  const gatewayPid = wide.pidOf("gateway");
  const rssAtStart = residentMiB(gatewayPid);
  const jpRegulator = await wide.token("JP", { roles: ["regulator"], expiresInSeconds: 7200 });
  const usRegulator = await wide.token("US", { roles: ["regulator"], expiresInSeconds: 7200 });

  say("\n1. Hub overhead: a US regulator reads Japan's incidents (page of 50, nested), plain gateway vs hub...");
  const overhead = await measureOverhead(wide, usRegulator, durationSeconds);
  say(`\n2. Fan-out: a page of 20 incidents from each of ${FAN_OUT_LEVELS.join(", ")} countries...`);
  const fanOut = await measureFanOut(wide, jpRegulator, FAN_OUT_LEVELS, durationSeconds);

  // 4. Memory, right after the widest fan-out.
  const rssAfter = residentMiB(gatewayPid);
  const memory: Row = {
    scenario: "4 memory",
    measure: `gateway RSS after ${WIDE}-country run`,
    baseline: `${rssAtStart.toFixed(0)} MiB at start`,
    value: `${rssAfter.toFixed(0)} MiB`,
    ratio: rssAfter / rssAtStart,
    target: "< 250 MiB",
    met: rssAfter < 250,
  };

  say("\n3. Database round trips: nested incidents -> system -> provenance -> audits, pages of 10 and 100...");
  const roundTrips = await measureRoundTripScenario(wide);

  say(`\n6. Console in Chromium: first view and compliance matrix, ${WIDE} countries...`);
  const consoleWide = await measureConsole(wide, WIDE);

  say("\n5. Cold start: npm start on existing data until the first query is answered...");
  const wideCold = await measureColdStart(wide, jpRegulator);
  const standard = await DevHub.configure(join(dataRoot, "default"), 5, 24);
  hubs.push(standard);
  await standard.start();
  say("6. Console in Chromium: first view and compliance matrix, 5 countries...");
  const consoleStandard = await measureConsole(standard, 5);
  const standardCold = await measureColdStart(standard, await standard.token("JP", { roles: ["regulator"] }));
  say("\n7. Tracing: the 5-country fan-out with tracing off, then on (every span exported over OTLP)...");
  const tracing = await measureTracing(join(dataRoot, "default"), 5, 24, durationSeconds, hubs);
  // Stopped before scenarios 9 and 8, which need the cores to themselves as much as they can have them.
  await stopHubs();
  say(`\n${STANDALONE[9]!.title}`);
  const foreignRead = await STANDALONE[9]!.run();
  say(`\n${STANDALONE[8]!.title}`);
  const gatewayFanOut = await STANDALONE[8]!.run();

  rows.push(...overhead.rows, ...fanOut.rows, ...roundTrips.rows, memory);
  rows.push(
    { scenario: "5 cold start", measure: "npm start to first answer, 5 countries", baseline: "", value: `${standardCold.toFixed(1)} s`, ratio: null, target: "< 10 s", met: standardCold < 10 },
    { scenario: "5 cold start", measure: `same, ${WIDE} countries`, baseline: `${standardCold.toFixed(1)} s (5)`, value: `${wideCold.toFixed(1)} s`, ratio: wideCold / standardCold, target: "", met: null },
    ...consoleStandard.rows,
    ...consoleWide.rows,
    firstViewScriptRow(join(ROOT, "dist", "console")),
    ...tracing.rows,
    ...foreignRead.rows,
    ...gatewayFanOut.rows,
  );
  Object.assign(figures, {
    overhead: overhead.figures,
    fanOut: fanOut.figures,
    memory: { gatewayRssAtStartMiB: rssAtStart, gatewayRssAfterFanOutMiB: rssAfter },
    roundTrips: roundTrips.figures,
    coldStart: { defaultHubSeconds: standardCold, wideHubSeconds: wideCold, wideFirstStartWithSeedingSeconds: firstStartSeconds },
    console: [consoleStandard.figures, consoleWide.figures],
    tracing: tracing.figures,
    foreignRead: foreignRead.figures,
    gatewayFanOut: gatewayFanOut.figures,
    rows,
  });

  say("");
  printTable(rows, say);
  say(CONSOLE_CAPTION);
  say(FOREIGN_READ_CAPTION);
  say(GATEWAY_FAN_OUT_CAPTION);
  say(`\nSaved: ${saveResults(join(ROOT, "bench", "results"), figures)}`);
  for (const note of [...(overhead.notes ?? []), ...(fanOut.notes ?? []), ...(roundTrips.notes ?? []), ...(consoleStandard.notes ?? []), ...(consoleWide.notes ?? []), ...(foreignRead.notes ?? []), ...(gatewayFanOut.notes ?? [])]) say(note);
  const verdict = verdictOf(rows, noFail);
  for (const line of verdict.lines) say(line);
  process.exitCode = verdict.exitCode;
} finally {
  await stopHubs();
}

function numberArg(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!(value > 0)) throw new Error(`${name} needs a positive number`);
  return value;
}
