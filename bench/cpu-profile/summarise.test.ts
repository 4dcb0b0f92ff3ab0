import { describe, expect, it } from "vitest";
import { categoryOf, chargedCategory } from "./frames.js";
import { type CpuProfile, samplesOfCpuProfile, samplesOfPerfScript } from "./read-profiles.js";
import { summarise } from "./summarise.js";

const NM = "file:///hub/node_modules";

/** root -> processTicksAndRejections -> TypeORM query -> pg submit -> writev (builtin); root -> (idle); root -> (garbage collector). */
const PROFILE: CpuProfile = {
  startTime: 0,
  endTime: 10_000,
  nodes: [
    { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2, 6, 7] },
    { id: 2, callFrame: { functionName: "processTicksAndRejections", url: "node:internal/process/task_queues", lineNumber: 66 }, children: [3] },
    { id: 3, callFrame: { functionName: "query", url: `${NM}/typeorm/driver/postgres/PostgresQueryRunner.js`, lineNumber: 184 }, children: [4] },
    { id: 4, callFrame: { functionName: "submit", url: `${NM}/pg/lib/query.js`, lineNumber: 151 }, children: [5] },
    { id: 5, callFrame: { functionName: "writev", url: "", lineNumber: -1 } },
    { id: 6, callFrame: { functionName: "(idle)", url: "", lineNumber: -1 } },
    { id: 7, callFrame: { functionName: "(garbage collector)", url: "", lineNumber: -1 } },
  ],
  // 1 ms apart, but the third sample came 5 ms late (the thread was preempted).
  samples: [5, 5, 5, 3, 6, 7],
  timeDeltas: [1000, 1000, 5000, 1000, 1000, 1000],
};

describe("CPU profile summaries", () => {
  it("charges plumbing (a builtin socket write) to the library that called it, and keeps GC apart", () => {
    const summary = summarise(samplesOfCpuProfile(PROFILE, { weigh: "count" }));
    expect(summary.busyMs).toBe(5);
    expect(summary.idleMs).toBe(1);
    expect(summary.charged.map(({ name, ms }) => [name, ms])).toEqual([
      ["pg driver and protocol", 3],
      ["TypeORM (query building, hydration)", 1],
      ["garbage collection", 1],
    ]);
    expect(summary.self[0]).toMatchObject({ name: "V8 builtins (ICs, promises, calls)", ms: 3, percent: 60 });
    expect(summary.inclusive.find((share) => share.name.startsWith("TypeORM"))).toMatchObject({ ms: 4, percent: 80 });
    expect(summary.topSelf[0]).toMatchObject({ name: "writev", ms: 3 });
    expect(summary.topInclusive.find((share) => share.name === "submit")).toMatchObject({ location: "pg/lib/query.js:152", ms: 3 });
  });

  it("weighs samples by the time since the previous one, or alike, and keeps a window of the profile", () => {
    expect(summarise(samplesOfCpuProfile(PROFILE)).charged[0]).toMatchObject({ name: "pg driver and protocol", ms: 7 });
    // From 1.5 ms to 7.5 ms after the start: the second and third samples.
    const window = summarise(samplesOfCpuProfile(PROFILE, { fromMs: 1.5, toMs: 7.5, weigh: "count" }));
    expect(window.busyMs).toBe(2);
  });

  it("reads perf script output of a node run with --perf-basic-prof, kernel frames included", () => {
    const text = [
      "node 16797  1266.725254:    1003009 cpu-clock: ",
      "\tffffffff8a0f1234 tcp_sendmsg+0x20 ([kernel.kallsyms])",
      "\t         14b8865 __GI___writev+0x15 (/usr/lib/x86_64-linux-gnu/libc.so.6)",
      "\t    7f8f741b3d8a JS:^_send /hub/node_modules/pg/lib/connection.js:171:8+0x50a (/tmp/perf-16797.map)",
      "\t    7f8f7436a8b2 JS:*appendEntries file:///hub/dist/subgraphs/national/access-log/append-entries.js:30:1+0xf72 (/tmp/perf-16797.map)",
      "",
      "node 16799  1266.726254:    1003009 cpu-clock: ",
      "\t         c4993d v8::internal::Scavenger::ScavengeObject+0x58d (/usr/bin/node)",
      "\t         c4ab6f start_thread+0x8f (/usr/lib/x86_64-linux-gnu/libc.so.6)",
      "",
      "node 16797  1266.727254:    1003009 cpu-clock: ",
      "\t         1514dbd Builtins_JsonStringify+0x133d (/usr/bin/node)",
      "\t    7f8f743845aa JS:*prettyJSONStringify file:///hub/node_modules/@apollo/server/dist/esm/runHttpQuery.js:202:1+0x6a (/tmp/perf-16797.map)",
      "",
    ].join("\n");
    const samples = samplesOfPerfScript(text);
    expect(samples).toHaveLength(3);
    expect(samples[0]!.weightUs).toBeCloseTo(1003.009);
    expect(samples[0]!.frames.map(categoryOf)).toEqual([
      "kernel (syscalls: sockets, page faults)",
      "Node and V8 native (libuv, bindings, runtime)",
      "pg driver and protocol",
      "access-log append (ours)",
    ]);
    expect(samples.map((sample) => chargedCategory(sample.frames))).toEqual(["pg driver and protocol", "garbage collection", "JSON serialisation and parsing (V8)"]);
  });

  it("tells Apollo's gateway library apart from the hub's own gateway folder", () => {
    const frame = (url: string) => ({ kind: "js" as const, name: "f", url });
    expect(categoryOf(frame(`${NM}/@apollo/gateway/dist/resultShaping.js`))).toBe("Apollo gateway (query plans, result shaping)");
    expect(categoryOf(frame("file:///hub/dist/gateway/routing/nation-client.js"))).toBe("other code of ours");
  });
});
