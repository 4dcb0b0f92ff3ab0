/** One frame of a sampled stack, from a V8 `.cpuprofile` or from `perf script`. */
export interface Frame {
  /** js: a JavaScript function of a script; builtin: V8's own code (IC stubs, JSON, promises...). */
  kind: "js" | "builtin" | "native" | "kernel" | "gc" | "program" | "idle";
  name: string;
  /** The script's path or URL (js), or the native library. */
  url: string;
  /** 1-based, when known. */
  line?: number;
}

/** One sample: its stack, innermost frame first, and the microseconds it stands for. */
export interface Sample {
  frames: Frame[];
  weightUs: number;
}

/**
 * What a frame belongs to, by its script's path: the groups a reader of a subgraph's profile asks
 * about (token check, Apollo, type-graphql, TypeORM, pg, the access log, logging...). The first rule
 * that matches wins, so specific paths come before the folders that hold them.
 */
const SCRIPT_CATEGORIES: [string, RegExp][] = [
  ["JWT verification (jose, shared/auth)", /node_modules\/jose\/|\/shared\/auth\//],
  ["Apollo Server request pipeline", /node_modules\/@apollo\/server\/|node_modules\/@as-integrations\//],
  ["Apollo federation (_entities)", /node_modules\/@apollo\/(subgraph|federation-internals)\//],
  ["Apollo gateway (query plans, result shaping)", /node_modules\/@apollo\/(gateway|query-planner)\//],
  ["graphql-js (parse, validate, execute)", /node_modules\/graphql\//],
  ["type-graphql (resolvers, middleware, scalars)", /node_modules\/(type-graphql|graphql-scalars)\//],
  ["TypeORM (query building, hydration)", /node_modules\/typeorm\//],
  ["pg driver and protocol", /node_modules\/(pg|pg-protocol|pg-pool|pg-types|pg-connection-string|postgres-date|postgres-array|postgres-interval|postgres-bytea)\//],
  ["access-log append (ours)", /\/subgraphs\/national\/access-log\//],
  ["national subgraph: resolvers, read rules (ours)", /\/subgraphs\/national\//],
  ["logging (pino)", /node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|@pinojs\/[^/]+|fast-redact)\/|\/shared\/logging\//],
  ["metrics (prom-client)", /node_modules\/prom-client\/|\/shared\/observability\/metrics\//],
  ["tracing hooks (OpenTelemetry)", /node_modules\/@opentelemetry\/|\/shared\/observability\//],
  ["operation limits, cost (ours)", /\/shared\/limits\//],
  [
    "Fastify HTTP front (routing, hooks, helmet, rate limit)",
    /node_modules\/(fastify|@fastify\/[^/]+|find-my-way|avvio|light-my-request|fast-json-stringify|helmet|negotiator|fast-querystring|toad-cache|process-warning|abstract-logging|content-type|fast-content-type-parse|secure-json-parse|ret|safe-regex2)\/|\/shared\/service\//,
  ],
  // Outside node_modules only: `node_modules/@apollo/gateway/` holds a `gateway/` folder too.
  ["other code of ours", /^(?!.*node_modules\/).*\/(shared|subgraphs|gateway)\//],
  ["dataloader", /node_modules\/dataloader\//],
  ["node crypto (hashes)", /^node:internal\/crypto\//],
  ["module loading (start-up)", /^node:internal\/(modules|deps\/cjs-module-lexer|source_map)\//],
  ["node core (HTTP, net, streams, events, timers)", /^node:/],
  ["other libraries", /node_modules\//],
];

export const JSON_CATEGORY = "JSON serialisation and parsing (V8)";
const BUILTINS = "V8 builtins (ICs, promises, calls)";
const NATIVE = "Node and V8 native (libuv, bindings, runtime)";
const KERNEL = "kernel (syscalls: sockets, page faults)";
const GC = "garbage collection";
const JIT = "JIT compilation";
const REGEXP = "regular expressions";

/**
 * Categories that say how, not for whom: a sample whose innermost frame is one of them is charged
 * to the nearest caller in another category (a socket write to pg or to Fastify, a builtin to the
 * library that called it).
 */
export const INTERMEDIATE = new Set([BUILTINS, NATIVE, KERNEL, "node core (HTTP, net, streams, events, timers)", "V8 and native (program)", "other scripts"]);

export function categoryOf(frame: Frame): string {
  switch (frame.kind) {
    case "gc":
      return GC;
    case "program":
      return "V8 and native (program)";
    case "idle":
      return "idle";
    case "kernel":
      return KERNEL;
    case "builtin":
      return /^(Builtins_)?Json|^(stringify|parse)$/.test(frame.name) ? JSON_CATEGORY : BUILTINS;
    case "native":
      if (/Heap|Scaveng|MarkCompact|Sweep|Marking|Evacuat|MinorM|GCTracer|Mark(er|ing)Visitor|WriteBarrier|Compactor|MemoryAllocator/.test(frame.name)) return GC;
      if (/compiler::|Turbofan|Maglev|Compil|Deoptimiz/.test(frame.name)) return JIT;
      if (/JsonStringif|JsonParse|JsonStringify/.test(frame.name)) return JSON_CATEGORY;
      if (/RegExp/.test(frame.name)) return REGEXP;
      return NATIVE;
    default:
      if (frame.url.startsWith("regexp:")) return REGEXP;
      return SCRIPT_CATEGORIES.find(([, path]) => path.test(frame.url))?.[0] ?? "other scripts";
  }
}

/** Where the sample's CPU went on behalf of: the innermost frame not in an intermediate category. */
export function chargedCategory(frames: readonly Frame[]): string {
  for (const frame of frames) {
    const category = categoryOf(frame);
    if (!INTERMEDIATE.has(category)) return category;
  }
  return frames.length ? categoryOf(frames[0]!) : "idle";
}
