import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { ensureDevIssuer, signDevToken } from "../../dev/dev-issuers.js";
import { freePort } from "../../dev/free-port.js";
import { demoParticipants, MAX_DEMO_PARTICIPANTS } from "../../dev/seed/demo-participants.js";
import { SERVICE_ENTRIES } from "../../dev/service-entries.js";
import { composeSupergraph } from "../../gateway/supergraph/compose-supergraph.js";
import { writeSupergraphFile } from "../../gateway/supergraph/supergraph-file.js";
import { DEFAULT_AUDIENCE, type HubConfig } from "../../shared/config/hub-config.js";
import { stopChild } from "../child-process.js";
import { treeCpuMs } from "../cpu.js";
import { ROOT } from "../dev-hub.js";
import { answerOf, drive, type LoadResult } from "../load.js";
import { FAN_OUT } from "../queries.js";
import type { Row } from "../report.js";
import { INCIDENTS_PER_COUNTRY } from "../stand-ins/canned.js";
import type { ScenarioResult } from "./scenario.js";

export const GATEWAY_FAN_OUT_LEVELS = [1, 5, 20, 50, 100];
/** A cross-border round trip. */
export const STAND_IN_DELAY_MS = 50;
/** Issue 15's targets: p50 at 50 countries within 1.2x of one country's, at 100 within 1.5x; gateway CPU per country. */
const P50_TARGETS: Record<number, number> = { 50: 1.2, 100: 1.5 };
const CPU_PER_COUNTRY_TARGET_MS = 0.25;
const CPU_TARGET_LEVELS = new Set([50, 100]);
const IDLE_SAMPLE_MS = 5000;

export const GATEWAY_FAN_OUT_CAPTION =
  `8 gateway fan-out: the real gateway process (node dist/services/gateway.js, metrics on, supergraph file, a JP ` +
  `regulator's real token) over stand-in countries and board answering from memory after ${STAND_IN_DELAY_MS} ms ` +
  `(bench/stand-ins: one process of their own, one port per country). Their CPU is out of the gateway's figure but they, ` +
  `the load driver and the gateway still share this machine's ${cpus().length} cores. CPU per country = the gateway's ` +
  `CPU-ms per request / countries asked.`;

/**
 * 8. The hub's own fan-out (issue 15, part 2): a page of 20 incidents from each of 1 to 100 countries,
 * one connection, with every country and the board played by stand-ins, so that what grows with the
 * width is the gateway's own work (query planning, one call per country, merging the answers).
 */
export async function measureGatewayFanOut(dataDir: string, durationSeconds: number, levels = GATEWAY_FAN_OUT_LEVELS, delayMs = STAND_IN_DELAY_MS): Promise<ScenarioResult> {
  mkdirSync(dataDir, { recursive: true });
  const widest = Math.max(...levels);
  const members = standInParticipants(widest);
  const codes = members.map((member) => member.code);
  const children: ChildProcess[] = [];
  try {
    const standIns = await startStandInProcess(codes, members, delayMs);
    children.push(standIns.process);

    const supergraphFile = join(dataDir, "supergraph.graphql");
    const composed = await composeSupergraph();
    writeSupergraphFile(supergraphFile, composed);
    if (composed.nationalSdlHash !== standIns.nationalSdlHash) {
      throw new Error(`the stand-ins serve national schema ${standIns.nationalSdlHash}, the gateway composes ${composed.nationalSdlHash}`);
    }

    // One dev key signs for every member (each needs an issuer); only JP's tokens are used.
    const jp = await ensureDevIssuer(join(dataDir, "issuers"), "JP", issuerOf("JP"));
    const config: HubConfig = {
      audience: DEFAULT_AUDIENCE,
      board: { url: standIns.boardUrl },
      countries: members.map(({ code, name }) => ({ code, name, url: standIns.countryUrls[code]! })),
      issuers: codes.map((code) => ({ participant: code, issuer: issuerOf(code), jwksFile: jp.jwksFile })),
      nationTimeoutMs: 2000,
      // One token drives the whole run: far above the default per-caller limits.
      rateLimit: { perCaller: { max: 10_000_000, windowMs: 60_000 }, perCountry: { max: 10_000_000, windowMs: 60_000 } },
    };
    const configFile = join(dataDir, "hub.json");
    writeFileSync(configFile, JSON.stringify(config, null, 2) + "\n");

    const gateway = await startGatewayProcess(configFile, supergraphFile);
    children.push(gateway.process);
    const token = await signDevToken(jp, { roles: ["regulator"], expiresInSeconds: 7200 });
    const gatewayPid = gateway.process.pid!;
    const standInPid = standIns.process.pid!;

    // What the gateway spends doing nothing (timers, metrics, the schema watch), so that its per-request
    // figure can be read as fixed cost plus cost per country.
    const idleStart = treeCpuMs(gatewayPid);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
    const idleCpuMsPerSecond = ((treeCpuMs(gatewayPid) - idleStart) * 1000) / IDLE_SAMPLE_MS;

    const runs: { countries: number; load: LoadResult }[] = [];
    for (const level of levels) {
      const variables = { codes: codes.slice(0, level) };
      const answer = await answerOf<{ countries: { incidents: { nodes: unknown[] } }[] }>(gateway.url, token, FAN_OUT, variables);
      if (answer.countries.length !== level || answer.countries.some((country) => country.incidents.nodes.length !== INCIDENTS_PER_COUNTRY)) {
        throw new Error(`fan-out to ${level} stand-in countries answered ${answer.countries.length} countries, not each with a page of ${INCIDENTS_PER_COUNTRY}`);
      }
      const cpu = { gateway: () => treeCpuMs(gatewayPid), standIns: () => treeCpuMs(standInPid) };
      runs.push({ countries: level, load: await drive({ url: gateway.url, token, query: FAN_OUT, variables, connections: 1, durationSeconds }, cpu) });
    }
    return { rows: rowsOf(runs), figures: { delayMs, idleCpuMsPerSecond, runs }, notes: notesOf(runs, delayMs, idleCpuMsPerSecond) };
  } finally {
    await Promise.all(children.map((child) => stopChild(child)));
  }
}

function rowsOf(runs: { countries: number; load: LoadResult }[]): Row[] {
  const first = runs[0]!;
  const single = first.load;
  const rows: Row[] = runs.slice(1).map(({ countries: level, load }) => {
    const ratio = load.p50Ms / single.p50Ms;
    const target = P50_TARGETS[level];
    return {
      scenario: "8 gateway fan-out",
      measure: `${level} stand-ins p50 / p99 ms`,
      baseline: `${single.p50Ms.toFixed(1)} / ${single.p99Ms.toFixed(1)} (${first.countries})`,
      value: `${load.p50Ms.toFixed(1)} / ${load.p99Ms.toFixed(1)}`,
      ratio,
      target: target ? `p50 <= ${target}x` : "",
      met: target ? ratio <= target : null,
    };
  });
  for (const { countries: level, load } of runs) {
    const perRequest = load.cpuMsPerRequest!.gateway!;
    const perCountry = perRequest / level;
    const judged = CPU_TARGET_LEVELS.has(level);
    rows.push({
      scenario: "8 gateway fan-out",
      measure: `${level} stand-ins: gateway CPU-ms per country`,
      baseline: `${perRequest.toFixed(2)} CPU-ms / ${level}`,
      value: perCountry.toFixed(3),
      ratio: null,
      target: judged ? `<= ${CPU_PER_COUNTRY_TARGET_MS} ms` : "",
      met: judged ? perCountry <= CPU_PER_COUNTRY_TARGET_MS : null,
    });
  }
  return rows;
}

function notesOf(runs: { countries: number; load: LoadResult }[], delayMs: number, idleCpuMsPerSecond: number): string[] {
  const first = runs[0]!;
  const widest = runs.at(-1)!;
  const cpu = (run: { load: LoadResult }) => run.load.cpuMsPerRequest!.gateway!;
  const marginal = (cpu(widest) - cpu(first)) / (widest.countries - first.countries);
  const busy = (cpu(widest) * widest.load.requestsPerSecond) / 10;
  // The plan asks the board for the directory, then the countries: two round trips of the delay.
  const floor = 2 * delayMs;
  return [
    `Gateway fan-out (8): the plan is two sequential calls (board, then the countries), so ${floor} ms of every p50 is the stand-ins' delay; ` +
      `the rest is the gateway's: ${(first.load.p50Ms - floor).toFixed(1)} ms at ${first.countries} country, ${(widest.load.p50Ms - floor).toFixed(1)} ms at ${widest.countries}. ` +
      `Gateway CPU per request: ${cpu(first).toFixed(1)} ms at ${first.countries}, ${cpu(widest).toFixed(1)} ms at ${widest.countries} ` +
      `(${marginal.toFixed(3)} ms per added country; idle it spends ${idleCpuMsPerSecond.toFixed(1)} CPU-ms/s, counted in every figure). ` +
      `At ${widest.countries} countries it was busy about ${busy.toFixed(0)}% of one core at ${widest.load.requestsPerSecond.toFixed(1)} requests/s; the stand-ins spent ${widest.load.cpuMsPerRequest!.standIns!.toFixed(1)} CPU-ms per request.`,
  ];
}

/** 100 members: the demo hub's 50 participants, then stand-in codes XA..XZ, YA.. as needed. */
function standInParticipants(count: number): { code: string; name: string }[] {
  const demo = demoParticipants(Math.min(count, MAX_DEMO_PARTICIPANTS)).map(({ code, name }) => ({ code, name }));
  const extra: { code: string; name: string }[] = [];
  for (const first of "XYZ") {
    for (const second of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
      if (demo.length + extra.length >= count) break;
      extra.push({ code: `${first}${second}`, name: `Stand-in ${first}${second}` });
    }
  }
  return [...demo, ...extra];
}

function issuerOf(code: string): string {
  return `bench-stand-ins/${code}`;
}

interface StandInProcess {
  process: ChildProcess;
  boardUrl: string;
  countryUrls: Record<string, string>;
  nationalSdlHash: string;
}

async function startStandInProcess(codes: string[], members: { code: string; name: string }[], delayMs: number): Promise<StandInProcess> {
  const child = spawn(process.execPath, [join(ROOT, "dist", "bench", "stand-ins", "main.js")], {
    env: {
      ...process.env,
      STANDIN_CODES: codes.join(","),
      STANDIN_DELAY_MS: String(delayMs),
      STANDIN_NAMES: JSON.stringify(Object.fromEntries(members.map(({ code, name }) => [code, name]))),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<StandInProcess>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`the stand-ins were not ready in 60 s:\n${output}`)), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^stand-ins ready (.*)$/m.exec(output);
      if (line) {
        clearTimeout(timer);
        resolve({ process: child, ...(JSON.parse(line[1]!) as Omit<StandInProcess, "process">) });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the stand-ins exited (${code}):\n${output}`));
    });
  });
}

/** The gateway as production runs it: its own process, a supergraph file, metrics served. */
async function startGatewayProcess(configFile: string, supergraphFile: string): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  const metricsPort = await freePort();
  const child = spawn(process.execPath, [join(ROOT, SERVICE_ENTRIES.gateway)], {
    cwd: ROOT,
    env: {
      ...process.env,
      HUB_LOG: "",
      LOG_LEVEL: "",
      HUB_CONFIG: configFile,
      PORT: String(port),
      HUB_METRICS_PORT: String(metricsPort),
      SUPERGRAPH_FILE: supergraphFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  // Kept short: the log is read only to explain a failed start.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`the gateway exited (${exited}):\n${output}`);
    try {
      const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5000) });
      const health = (await response.json()) as { status?: string };
      if (response.ok && health.status === "up") break;
      if (Date.now() > deadline) throw new Error(`the gateway's health is ${JSON.stringify(health).slice(0, 500)}`);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the gateway was not up in 60 s (${String(error)}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { process: child, url: `${base}/graphql` };
}
