import { startTracing } from "../../shared/observability/tracing/start-tracing.js";

/** The board subgraph's entry point: tracing first (when configured), then the service (board-process.ts). */
await startTracing({ name: "board" });
await import("./board-process.js");
