import type { Frame, Sample } from "./frames.js";
import { OriginalSources } from "./original-sources.js";

const originals = new OriginalSources();

/** A V8 CPU profile as `node --cpu-prof` writes it (the `.cpuprofile` JSON). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

/**
 * The samples of a V8 profile taken between `fromMs` and `toMs` after it started. V8 samples wall
 * time: a thread preempted by the OS is charged, at its next sample, to whatever it was running, so on
 * a busy machine each sample is weighed as the profile's usual interval (`weigh: "count"`) rather than
 * by the time since the previous one.
 */
export function samplesOfCpuProfile(profile: CpuProfile, options: { fromMs?: number; toMs?: number; weigh?: "time" | "count" } = {}): Sample[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stacks = new Map<number, Frame[]>();
  const stackOf = (id: number): Frame[] => {
    let frames = stacks.get(id);
    if (!frames) {
      frames = [];
      for (let node = byId.get(id); node && node.callFrame.functionName !== "(root)"; node = byId.get(parent.get(node.id) ?? -1)) {
        frames.push(frameOfCallFrame(node.callFrame));
      }
      stacks.set(id, frames);
    }
    return frames;
  };
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b);
  const interval = sorted[Math.floor(sorted.length / 2)] ?? 1000;
  const from = (options.fromMs ?? 0) * 1000;
  const to = (options.toMs ?? Infinity) * 1000;
  const samples: Sample[] = [];
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsed += delta;
    if (elapsed >= from && elapsed <= to) samples.push({ frames: stackOf(id), weightUs: options.weigh === "count" ? interval : delta });
  });
  return samples;
}

function frameOfCallFrame(frame: CpuProfile["nodes"][number]["callFrame"]): Frame {
  const special: Record<string, Frame["kind"]> = { "(garbage collector)": "gc", "(program)": "program", "(idle)": "idle" };
  const kind = special[frame.functionName] ?? (frame.url ? "js" : "builtin");
  const url = frame.url.replace(/^file:\/\//, "");
  const line = frame.lineNumber >= 0 ? frame.lineNumber + 1 : undefined;
  const original = kind === "js" && line !== undefined ? originals.locate(url, line, Math.max(frame.columnNumber ?? 0, 0)) : undefined;
  return { kind, name: frame.functionName, url: original?.url ?? url, line: original?.line ?? line };
}

/**
 * The samples of `perf script` output (perf record -g of a node process started with
 * --perf-basic-prof, so that JIT-compiled functions are named with their script and line). perf samples
 * on-CPU time of every thread of the process, kernel included: each sample weighs its event's period.
 */
export function samplesOfPerfScript(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const [header, ...lines] = block.split("\n").filter((line) => line.trim());
    if (!header) continue;
    const period = /:\s+(\d+)\s+[\w:-]+:\s*$/.exec(header);
    const frames = lines.map(frameOfPerfLine).filter((frame): frame is Frame => frame !== null);
    if (frames.length) samples.push({ frames, weightUs: period ? Number(period[1]) / 1000 : 1000 });
  }
  return samples;
}

function frameOfPerfLine(line: string): Frame | null {
  const match = /^\s*[0-9a-f]+\s+(.*?)\s+\(([^)]*)\)\s*$/.exec(line);
  if (!match) return null;
  const symbol = match[1]!.replace(/\+0x[0-9a-f]+$/, "");
  const library = match[2]!;
  if (library === "[kernel.kallsyms]") return { kind: "kernel", name: symbol, url: "" };
  const js = /^JS:[*^~+]?(\S*) (.*?):(\d+):(\d+)$/.exec(symbol);
  if (js) {
    const url = js[2]!.replace(/^file:\/\//, "");
    const original = originals.locate(url, Number(js[3]), Math.max(Number(js[4]) - 1, 0));
    return { kind: "js", name: js[1]!, url: original?.url ?? url, line: original?.line ?? Number(js[3]) };
  }
  if (symbol.startsWith("RegExp:")) return { kind: "js", name: symbol, url: "regexp:" };
  if (symbol.startsWith("Builtins_")) return { kind: "builtin", name: symbol, url: "" };
  return { kind: "native", name: symbol, url: library };
}
