import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { treeCpuMs } from "../cpu.js";
import { DevHub } from "../dev-hub.js";
import { answerOf, drive, type LoadResult } from "../load.js";
import { FAN_OUT } from "../queries.js";
import type { Row } from "../report.js";
import type { ScenarioResult } from "./scenario.js";

/**
 * 7. Tracing: the same hub (same data, every country) answering the same fan-out, once as it runs by
 * default (tracing off: no OpenTelemetry code loaded) and once exporting every span over OTLP
 * (http/protobuf, the default protocol) to a receiver in this process that takes and drops them. The
 * price of tracing is the latency ratio and the hub's CPU per request.
 */
export async function measureTracing(dataDir: string, countries: number, incidentsPerCountry: number, durationSeconds: number, started: DevHub[]): Promise<ScenarioResult> {
  const receiver = await startOtlpSink();
  try {
    const off = await measure(await DevHub.configure(dataDir, countries, incidentsPerCountry), durationSeconds, started);
    const on = await measure(
      await DevHub.configure(dataDir, countries, incidentsPerCountry, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }),
      durationSeconds,
      started,
    );
    const exportedKiB = receiver.bytes / 1024 / (on.requests + on.warmUp);
    const rows: Row[] = [
      {
        scenario: "7 tracing",
        measure: `${countries}-country fan-out p50 / p99 ms, tracing on`,
        baseline: `${off.p50Ms.toFixed(1)} / ${off.p99Ms.toFixed(1)} (off)`,
        value: `${on.p50Ms.toFixed(1)} / ${on.p99Ms.toFixed(1)}`,
        ratio: on.p50Ms / off.p50Ms,
        target: "",
        met: null,
      },
      {
        scenario: "7 tracing",
        measure: "hub CPU-ms per request, tracing on",
        baseline: `${off.cpuMsPerRequest!.hub!.toFixed(1)} (off)`,
        value: `${on.cpuMsPerRequest!.hub!.toFixed(1)} (${exportedKiB.toFixed(1)} KiB OTLP)`,
        ratio: on.cpuMsPerRequest!.hub! / off.cpuMsPerRequest!.hub!,
        target: "",
        met: null,
      },
    ];
    return { rows, figures: { off, on, otlpBytes: receiver.bytes, otlpRequests: receiver.requests } };
  } finally {
    receiver.close();
  }
}

async function measure(hub: DevHub, durationSeconds: number, started: DevHub[]): Promise<LoadResult & { warmUp: number }> {
  started.push(hub);
  await hub.start();
  try {
    const token = await hub.token("JP", { roles: ["regulator"], expiresInSeconds: 7200 });
    const variables = { codes: hub.countries() };
    // Each country once alone first: its first answer is the cold-start scenario's business.
    for (const code of variables.codes) await answerOf(hub.gatewayUrl, token, FAN_OUT, { codes: [code] });
    const load = await drive({ url: hub.gatewayUrl, token, query: FAN_OUT, variables, connections: 1, durationSeconds }, { hub: () => treeCpuMs(hub.pid) });
    return { ...load, warmUp: variables.codes.length };
  } finally {
    await hub.stop();
  }
}

/** An OTLP/HTTP receiver on loopback that counts what it is sent and answers success. */
async function startOtlpSink(): Promise<{ url: string; bytes: number; requests: number; close(): void }> {
  const totals = { bytes: 0, requests: 0 };
  const server = createServer((request, response) => {
    request.on("data", (chunk: Buffer) => (totals.bytes += chunk.length));
    request.on("end", () => {
      totals.requests += 1;
      response.writeHead(200, { "content-type": request.headers["content-type"] ?? "application/x-protobuf" }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get bytes() {
      return totals.bytes;
    },
    get requests() {
      return totals.requests;
    },
    close: () => server.close(),
  };
}
