import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { freePort } from "../../dev/free-port.js";
import { treeCpuMs } from "../cpu.js";
import { type DevHub, ROOT } from "../dev-hub.js";
import { answerOf, drive, type LoadResult } from "../load.js";
import { ONE_COUNTRY_PAGE } from "../queries.js";
import type { ScenarioResult } from "./scenario.js";

/**
 * 1. Hub overhead: the same cross-border read (a page of 50 of Japan's incidents, nested) through a
 * stock Apollo gateway and through the hub's, over the same board and national subgraphs.
 */
export async function measureOverhead(hub: DevHub, token: string, durationSeconds: number): Promise<ScenarioResult> {
  const gatewayPid = hub.pidOf("gateway");
  const plain = await startPlainGateway(hub);
  try {
    const variables = { code: "JP" };
    const viaPlain = await answerOf(plain.url, token, ONE_COUNTRY_PAGE, variables);
    const viaHub = await answerOf(hub.gatewayUrl, token, ONE_COUNTRY_PAGE, variables);
    if (JSON.stringify(viaPlain) !== JSON.stringify(viaHub)) throw new Error("The plain gateway and the hub answer the same query differently.");
    const load = { token, query: ONE_COUNTRY_PAGE, variables, connections: 8, durationSeconds };
    const plainRuns: LoadResult[] = [];
    const hubRuns: LoadResult[] = [];
    // Alternating rounds, so that drift of a noisy machine falls on both sides. The gateways' own CPU
    // is what the hub adds, apart from the subgraphs both gateways share.
    for (let round = 0; round < 2; round++) {
      plainRuns.push(await drive({ ...load, url: plain.url }, { gateway: () => treeCpuMs(plain.process.pid!) }));
      hubRuns.push(await drive({ ...load, url: hub.gatewayUrl }, { gateway: () => treeCpuMs(gatewayPid) }));
    }
    const [base, ours] = [combine(plainRuns), combine(hubRuns)];
    const rate = ours.requestsPerSecond / base.requestsPerSecond;
    const row = { scenario: "1 overhead", target: "", met: null };
    return {
      figures: { plain: plainRuns, hub: hubRuns },
      rows: [
        { ...row, measure: "requests/s (8 connections)", baseline: `${base.requestsPerSecond.toFixed(0)} plain`, value: ours.requestsPerSecond.toFixed(0), ratio: rate, target: ">= 1.00", met: rate >= 1 },
        { ...row, measure: "p50 ms", baseline: `${base.p50Ms.toFixed(1)} plain`, value: ours.p50Ms.toFixed(1), ratio: ours.p50Ms / base.p50Ms },
        { ...row, measure: "p99 ms", baseline: `${base.p99Ms.toFixed(1)} plain`, value: ours.p99Ms.toFixed(1), ratio: ours.p99Ms / base.p99Ms },
        {
          ...row,
          measure: "gateway CPU ms per request",
          baseline: `${base.cpuMsPerRequest!.gateway!.toFixed(2)} plain`,
          value: ours.cpuMsPerRequest!.gateway!.toFixed(2),
          ratio: ours.cpuMsPerRequest!.gateway! / base.cpuMsPerRequest!.gateway!,
        },
      ],
    };
  } finally {
    plain.process.kill("SIGTERM");
  }
}

/** The stock Apollo gateway (bench/plain-gateway.ts) over the hub's board and Japan's subgraph, as its own process. */
async function startPlainGateway(hub: DevHub): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, "dist", "bench", "plain-gateway.js")], {
    env: {
      ...process.env,
      SUPERGRAPH_FILE: join(hub.dataDir, "supergraph.graphql"),
      BOARD_URL: hub.endpointOf("board"),
      NATIONAL_URL: hub.endpointOf("JP"),
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`the plain gateway exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/`, process: child };
}

/** Rounds of the same run as one: requests over all rounds, the mean of their percentiles and CPU. */
function combine(runs: LoadResult[]): LoadResult {
  const mean = (pick: (run: LoadResult) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    requestsPerSecond: mean((run) => run.requestsPerSecond),
    p50Ms: mean((run) => run.p50Ms),
    p99Ms: mean((run) => run.p99Ms),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    cpuMsPerRequest: { gateway: mean((run) => run.cpuMsPerRequest?.gateway ?? NaN) },
  };
}
