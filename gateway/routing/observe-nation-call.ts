import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { SubgraphResponse } from "./nation-client.js";
import { NationUnavailable } from "./nation-errors.js";
import type { NationCallObserver, NationCallOutcome } from "./nation-metrics.js";

const tracer = trace.getTracer("ai-safety-hub/gateway");

/**
 * One call to a country (or the board, as BOARD), seen by an operator in two places with one outcome:
 * a client span `nation.call` (attributes `hub.country`, `hub.outcome`; status ERROR unless ok; the HTTP
 * client span of the call is its child) and the observer's duration histogram. Without a tracer
 * provider (tracing off) the span is a no-op.
 */
export function observeNationCall(country: string, observer: NationCallObserver | undefined, call: () => Promise<SubgraphResponse>): Promise<SubgraphResponse> {
  const started = performance.now();
  return tracer.startActiveSpan("nation.call", { kind: SpanKind.CLIENT, attributes: { "hub.country": country } }, async (span) => {
    let outcome: NationCallOutcome = "bad_response";
    try {
      const response = await call();
      outcome = callOutcome(null, response);
      return response;
    } catch (error) {
      outcome = callOutcome(error);
      // Not a country's failure but the gateway's own: the span keeps the exception.
      if (!(error instanceof NationUnavailable)) span.recordException(error as Error);
      throw error;
    } finally {
      span.setAttribute("hub.outcome", outcome);
      if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      observer?.callEnded(country, outcome, (performance.now() - started) / 1000);
      span.end();
    }
  });
}

/**
 * A call's outcome: the reason it gave no answer, or `ok` for a GraphQL answer. A 5xx GraphQL answer
 * is passed on to the caller as it is, but counts as `bad_response`: the deployment failed, and an
 * operator watching the country wants to see it.
 */
export function callOutcome(error: unknown, response?: SubgraphResponse): NationCallOutcome {
  if (error !== null) return error instanceof NationUnavailable ? error.reason : "bad_response";
  return (response?.status ?? 200) >= 500 ? "bad_response" : "ok";
}
