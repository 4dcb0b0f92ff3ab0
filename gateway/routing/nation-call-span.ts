import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { NationUnavailable } from "./nation-errors.js";

const tracer = trace.getTracer("ai-safety-hub/gateway");

/**
 * One client span, `nation.call`, around one call to a country (or the board, as BOARD): attributes
 * `hub.country` and `hub.outcome` (ok, or the NationUnavailable reason: timeout, unreachable,
 * bad_response, circuit_open, schema_mismatch), status ERROR unless ok. The HTTP client span of the
 * call itself (undici) is its child. Without a tracer provider (tracing off) this costs a no-op span.
 */
export function traceNationCall<T>(country: string, call: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan("nation.call", { kind: SpanKind.CLIENT, attributes: { "hub.country": country } }, async (span) => {
    try {
      const result = await call();
      span.setAttribute("hub.outcome", "ok");
      return result;
    } catch (error) {
      if (error instanceof NationUnavailable) {
        span.setAttribute("hub.outcome", error.reason);
        span.setStatus({ code: SpanStatusCode.ERROR, message: error.reason });
      } else {
        // Not a country's failure but the gateway's own: recorded as it is, with no outcome of the country.
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: String((error as Error)?.message ?? error) });
      }
      throw error;
    } finally {
      span.end();
    }
  });
}
