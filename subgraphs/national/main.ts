import { startTracing } from "../../shared/observability/tracing/start-tracing.js";

/** A national subgraph's entry point: tracing first (when configured), then the service (national-process.ts). */
const country = process.env.HUB_COUNTRY || "?";
await startTracing({ name: `national-${country}`, country });
await import("./national-process.js");
