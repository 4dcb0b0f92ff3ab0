/**
 * Whether this process exports traces. Kept apart from the SDK (like tracing-shutdown.ts) so that code
 * on the request path can ask without loading any of it: where the OpenTelemetry API alone would
 * hand out no-op spans, code that builds spans of its own on every call (one per country on a
 * fan-out) skips that work instead.
 */
let active = false;

/** Called by startTracing once the SDK runs. */
export function markTracingActive(): void {
  active = true;
}

export function tracingActive(): boolean {
  return active;
}
