import { categoryOf, chargedCategory, type Frame, type Sample } from "./frames.js";

export interface Share {
  name: string;
  ms: number;
  /** Of the busy time: every sample but the idle ones. */
  percent: number;
}

export interface FunctionShare extends Share {
  category: string;
  location: string;
}

export interface ProfileSummary {
  busyMs: number;
  /** The busy time spent on threads other than the main one (perf only: V8's GC and compiler threads). */
  idleMs: number;
  /** Each sample to the innermost frame that is not plumbing (a socket write to the library that wrote): sums to 100%. */
  charged: Share[];
  /** Each sample to its innermost frame's category: sums to 100%. */
  self: Share[];
  /** Samples with the category anywhere on their stack (synchronous only: an await starts a new stack). Shares overlap. */
  inclusive: Share[];
  topSelf: FunctionShare[];
  topInclusive: FunctionShare[];
}

export function summarise(samples: readonly Sample[], top = 25): ProfileSummary {
  const charged = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const selfFunctions = new Map<string, number>();
  const inclusiveFunctions = new Map<string, number>();
  const frames = new Map<string, Frame>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let busy = 0;
  let idle = 0;
  for (const { frames: stack, weightUs } of samples) {
    const leaf = stack[0];
    if (!leaf || leaf.kind === "idle") {
      idle += weightUs;
      continue;
    }
    busy += weightUs;
    add(charged, chargedCategory(stack), weightUs);
    add(self, categoryOf(leaf), weightUs);
    const leafKey = keyOf(leaf);
    frames.set(leafKey, leaf);
    add(selfFunctions, leafKey, weightUs);
    for (const category of new Set(stack.map(categoryOf))) add(inclusive, category, weightUs);
    const keys = new Set<string>();
    for (const frame of stack) {
      const key = keyOf(frame);
      frames.set(key, frame);
      keys.add(key);
    }
    for (const key of keys) add(inclusiveFunctions, key, weightUs);
  }
  const shares = (map: Map<string, number>): Share[] =>
    [...map].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: us / 1000, percent: busy ? (100 * us) / busy : 0 }));
  const functionShares = (map: Map<string, number>): FunctionShare[] =>
    shares(map)
      .slice(0, top)
      .map((share) => {
        const frame = frames.get(share.name)!;
        return { ...share, name: frame.name || "(anonymous)", category: categoryOf(frame), location: locationOf(frame) };
      });
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    charged: shares(charged),
    self: shares(self),
    inclusive: shares(inclusive),
    topSelf: functionShares(selfFunctions),
    topInclusive: functionShares(inclusiveFunctions),
  };
}

/** The summary as plain-text lists. */
export function formatSummary(summary: ProfileSummary): string {
  const figure = (share: Share) => `${share.percent.toFixed(1).padStart(5)}% ${share.ms.toFixed(0).padStart(7)} ms`;
  const lines = [`busy ${summary.busyMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms`];
  const section = (title: string, shares: Share[]) => {
    lines.push("", title);
    for (const share of shares) lines.push(`  ${figure(share)}  ${share.name}`);
  };
  const functions = (title: string, shares: FunctionShare[]) => {
    lines.push("", title);
    for (const share of shares) lines.push(`  ${figure(share)}  ${share.name}  ${share.location}  [${share.category}]`);
  };
  section("Charged to (innermost frame that is not plumbing: builtins, node core, kernel, native):", summary.charged);
  section("Self time by category (innermost frame):", summary.self);
  section("Inclusive time by category (anywhere on the synchronous stack; shares overlap):", summary.inclusive);
  functions("Top functions by self time:", summary.topSelf);
  functions("Top functions by inclusive time:", summary.topInclusive);
  return lines.join("\n");
}

function keyOf(frame: Frame): string {
  return `${frame.kind}\u0000${frame.name}\u0000${frame.url}\u0000${frame.line ?? ""}`;
}

/** The script's path from its package or from the build's root, with its line. */
function locationOf(frame: Frame): string {
  if (frame.kind !== "js" || !frame.url || frame.url === "regexp:") return frame.kind === "native" ? frame.url.replace(/^.*\//, "") : "";
  const path = frame.url.includes("node_modules/") ? frame.url.slice(frame.url.lastIndexOf("node_modules/") + "node_modules/".length) : frame.url.replace(/^.*\/dist\//, "");
  return frame.line ? `${path}:${frame.line}` : path;
}
