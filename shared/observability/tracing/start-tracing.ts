import { register } from "node:module";
import { createLogger } from "../../logging/logger.js";
import { logLevelOf } from "../../logging/log-level.js";
import { routeDiagnosticsTo } from "./diagnostics-to-log.js";
import { markTracingActive } from "./tracing-active.js";
import { tracingRequested } from "./tracing-env.js";
import { onTracingShutdown } from "./tracing-shutdown.js";

/** The packages the instrumentations of sdk.ts patch (undici is observed through diagnostics_channel). */
const INSTRUMENTED_MODULES = ["graphql", "pg", "pg-pool", "http", "https"];

export interface TracedService {
  /** `service.name`: gateway, board or national-<CC>. */
  name: string;
  /** Resource attribute `hub.country` (national subgraphs). */
  country?: string;
}

/**
 * Starts OpenTelemetry tracing for this process when an OTLP endpoint is configured
 * (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); otherwise loads nothing of it.
 * Must run before the service's own modules load: a main imports this first, awaits it, then imports
 * the service (see gateway/main.ts). True when tracing runs.
 */
export async function startTracing(service: TracedService, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!tracingRequested(env)) return false;
  // The services are ES modules: an instrumentation sees a module imported with `import` only through
  // this loader hook (import-in-the-middle), registered before those modules load. Today every module
  // instrumented here also arrives through `require` (graphql has no ESM entry Node would pick; pg
  // under TypeORM; http under Fastify), where require-in-the-middle patches it; the hook keeps an
  // `import` of them patched too. It intercepts only these packages: every other module loads as is.
  register("@opentelemetry/instrumentation/hook.mjs", import.meta.url, { data: { include: INSTRUMENTED_MODULES } });
  const { startSdk } = await import("./sdk.js");
  onTracingShutdown(startSdk(service));
  markTracingActive();
  // OTEL_LOG_LEVEL set: the operator asked for OpenTelemetry's own diagnostics, as OpenTelemetry prints
  // them. A bad LOG_LEVEL is left for the service's start-up report (exit 78).
  if (!env.OTEL_LOG_LEVEL && !logLevelOf(env).problem) routeDiagnosticsTo(createLogger(service.name, env));
  return true;
}
