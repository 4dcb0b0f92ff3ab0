import { type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { tracingActive } from "../../shared/observability/tracing/tracing-active.js";
import type { SubgraphResponse } from "./nation-client.js";
import { NationUnavailable } from "./nation-errors.js";
import type { NationCallObserver, NationCallOutcome } from "./nation-metrics.js";

const tracer = trace.getTracer("ai-safety-hub/gateway");

/**
 * One call to a country (or the board, as BOARD), seen by an operator in two places with one outcome:
 * a client span `nation.call` (attributes `hub.country`, `hub.outcome`; status ERROR unless ok; the HTTP
 * client span of the call is its child) and the observer's duration histogram. With tracing off no
 * span is made at all, not even a no-op one: a fan-out makes one call per country.
 */
export function observeNationCall(country: string, observer: NationCallObserver | undefined, call: () => Promise<SubgraphResponse>): Promise<SubgraphResponse> {
  if (!tracingActive()) return timeCall(country, observer, call);
  return tracer.startActiveSpan("nation.call", { kind: SpanKind.CLIENT, attributes: { "hub.country": country } }, (span) =>
    timeCall(country, observer, call, (outcome, error) => endSpan(span, outcome, error)),
  );
}

/** Runs the call, then tells the observer (and `ended`) how it ended and how long it took. */
async function timeCall(
  country: string,
  observer: NationCallObserver | undefined,
  call: () => Promise<SubgraphResponse>,
  ended?: (outcome: NationCallOutcome, error: unknown) => void,
): Promise<SubgraphResponse> {
  const started = performance.now();
  let outcome: NationCallOutcome = "bad_response";
  let failure: unknown;
  try {
    const response = await call();
    outcome = callOutcome(null, response);
    return response;
  } catch (error) {
    failure = error;
    outcome = callOutcome(error);
    throw error;
  } finally {
    observer?.callEnded(country, outcome, (performance.now() - started) / 1000);
    ended?.(outcome, failure);
  }
}

function endSpan(span: Span, outcome: NationCallOutcome, error: unknown): void {
  // Not a country's failure but the gateway's own: the span keeps the exception.
  if (error !== undefined && !(error instanceof NationUnavailable)) span.recordException(error as Error);
  span.setAttribute("hub.outcome", outcome);
  if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
  span.end();
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
