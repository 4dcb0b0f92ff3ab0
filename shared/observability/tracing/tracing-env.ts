/**
 * Traces are sent only where an operator points them: without an OTLP endpoint in the environment no
 * part of the OpenTelemetry SDK is loaded, and nothing leaves the machine.
 */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}
