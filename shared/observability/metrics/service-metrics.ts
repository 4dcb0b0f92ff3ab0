import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { TOKEN_REJECTION_REASONS, type TokenRejectionReason } from "../../auth/token-rejection.js";

export type ServiceKind = "gateway" | "board" | "national";
export type RateLimitName = "caller" | "country";

/** Seconds: from a cached token check (well under 5 ms) to a fan-out waiting out a slow country. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * How often the event-loop delay monitor samples (prom-client's default is 10 ms). Each sample is a
 * timer that wakes an idle process: at 100 a second that was most of an idle gateway's CPU (about
 * 15 CPU-ms/s on the development machine) and about ten wake-ups inside every fan-out that waits 50 ms
 * per hop. Ten samples a second still record every stall that outlasts the period, and make a stall
 * weigh more in the p99 that HubEventLoopLag watches (one late sample among 150, not 1500, per scrape).
 */
const EVENT_LOOP_SAMPLE_MS = 100;

/**
 * One service instance's Prometheus metrics: its own Registry, never prom-client's global one, since
 * tests (and the dev hub's single-process tools) run several services in one process. Holds what every
 * service counts (GraphQL requests, refused tokens, rate-limit refusals, `hub_service_info`); a service
 * registers its own metrics on `registry` beside them.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<"operation_type" | "outcome" | "caller_country">;
  private readonly tokenRejections: Counter<"reason">;
  private readonly rateLimitRefusals: Counter<"limit">;
  private processMetrics = false;

  constructor(
    readonly service: ServiceKind,
    /** A national deployment's country; empty for the gateway and the board. */
    readonly country = "",
  ) {
    const registers = [this.registry];
    new Gauge({ name: "hub_service_info", help: "1, labelled with what this service is.", labelNames: ["service", "country"], registers }).set({ service, country }, 1);
    this.requestDuration = new Histogram({
      name: "hub_graphql_request_duration_seconds",
      help:
        "GraphQL requests (POST or GET /graphql) by operation type, outcome and the caller's country (none: no verified token); operation_type none: refused before GraphQL ran.",
      // caller_country: for whom a service is slow or failing. Bounded: a verified token's country is one
      // of the configured issuers' participants.
      labelNames: ["operation_type", "outcome", "caller_country"],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.tokenRejections = new Counter({ name: "hub_token_rejections_total", help: "Bearer tokens refused, by reason (the client sees UNAUTHENTICATED whatever the reason).", labelNames: ["reason"], registers });
    this.rateLimitRefusals = new Counter({ name: "hub_rate_limit_refusals_total", help: "Requests refused 429 by the per-caller or per-country budget.", labelNames: ["limit"], registers });
    // Every series exists from the start at 0, so that rate() and alerts see the first refusal.
    for (const reason of TOKEN_REJECTION_REASONS) this.tokenRejections.inc({ reason }, 0);
    for (const limit of ["caller", "country"] as const) this.rateLimitRefusals.inc({ limit }, 0);
  }

  observeRequest(operationType: string, outcome: string, callerCountry: string, seconds: number): void {
    this.requestDuration.observe({ operation_type: operationType, outcome, caller_country: callerCountry }, seconds);
  }

  tokenRejected(reason: TokenRejectionReason): void {
    this.tokenRejections.inc({ reason });
  }

  rateLimited(limit: RateLimitName): void {
    this.rateLimitRefusals.inc({ limit });
  }

  /**
   * prom-client's process and Node.js metrics (`process_*`, `nodejs_*`), added once the metrics are
   * served: their collectors (an event-loop delay monitor, a GC observer) cost something, and
   * nobody reads them on a service whose metrics are off.
   */
  includeProcessMetrics(): void {
    if (this.processMetrics) return;
    this.processMetrics = true;
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  }
}
