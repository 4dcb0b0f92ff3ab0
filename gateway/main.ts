import { startTracing } from "../shared/observability/tracing/start-tracing.js";

/**
 * The gateway's entry point: tracing first (when configured), so that its instrumentations see every
 * module the gateway loads, then the gateway itself (gateway-process.ts).
 */
await startTracing({ name: "gateway" });
await import("./gateway-process.js");
