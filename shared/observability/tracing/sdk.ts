import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { hostDetector, osDetector, processDetector, serviceInstanceIdDetector } from "@opentelemetry/resources";
import { startNodeSdk } from "@opentelemetry/sdk-node";
import { acceptsIncomingContext } from "./incoming-context.js";
import { RefusablePropagator } from "./refusable-propagator.js";
import type { TracedService } from "./start-tracing.js";

/** Requests that are not work (health checks, scrapes) make no traces of their own. */
const UNTRACED_PATHS = new Set(["/health", "/metrics", "/schema-hash"]);

/**
 * The OpenTelemetry SDK, loaded only when tracing was asked for (start-tracing.ts imports this module
 * dynamically). Traces only: no metrics or logs exporters, and resource detectors that read this host
 * alone (no cloud metadata endpoints are probed). The trace exporter follows the standard OTEL_*
 * variables: OTLP, OTEL_EXPORTER_OTLP_PROTOCOL (default http/protobuf), OTEL_BSP_*, OTEL_TRACES_SAMPLER.
 * Returns the shutdown that flushes what is still queued.
 */
export function startSdk(service: TracedService): () => Promise<void> {
  const sdk = startNodeSdk({
    resourceAttributes: { "service.name": service.name, ...(service.country ? { "hub.country": service.country } : {}) },
    resourceDetectors: [serviceInstanceIdDetector, hostDetector, osDetector, processDetector],
    metricReaders: [],
    logRecordProcessors: [],
    // W3C trace context (traceparent, tracestate) only: no baggage, so that no caller's key-value pairs
    // ride along to every country. A country that refuses incoming context ignores it (incoming-context.ts).
    propagators: [new RefusablePropagator(new W3CTraceContextPropagator(), acceptsIncomingContext)],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? "").split("?")[0]!),
        // The gateway's calls go through undici (its own spans below); Node's http client is used by
        // the exporter itself and by nothing a request waits on.
        disableOutgoingRequestInstrumentation: true,
      }),
      // Calls made outside any request (the gateway's periodic schema and health checks) are not traced.
      new UndiciInstrumentation({ requireParentforSpans: true }),
      // Statements outside a request (periodic checks) would each start a trace of one span.
      new PgInstrumentation({ requireParentSpan: true }),
      // No variable values in spans (allowValues stays false); one span per field of a list, not per item.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
    ],
  });
  return () => sdk.shutdown();
}
