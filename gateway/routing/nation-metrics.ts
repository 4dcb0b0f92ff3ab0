import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { DURATION_BUCKETS } from "../../shared/observability/metrics/service-metrics.js";
import type { CircuitState, Circuits } from "./circuit-breaker.js";
import type { UnavailableReason } from "./nation-errors.js";

/** How one call to a country (or the board) ended: `ok`, or why its part is missing. */
export type NationCallOutcome = "ok" | UnavailableReason;

/** What the router and the board source report about each call. */
export interface NationCallObserver {
  callEnded(country: string, outcome: NationCallOutcome, seconds: number): void;
}

const CIRCUIT_STATE_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * The gateway's view of the countries: each call's duration and outcome, each country's circuit (read
 * at scrape time for every configured country), the transitions into open, and whether the periodic
 * schema check reached the country. Countries come from the live config, so a country that leaves the
 * hub leaves the gauges too.
 */
export class NationMetrics implements NationCallObserver {
  private readonly callDuration: Histogram<"country" | "outcome">;
  private readonly circuitOpened: Counter<"country">;
  private readonly reachability = new Map<string, boolean>();

  constructor(
    registry: Registry,
    private readonly circuits: () => Circuits,
    countries: () => readonly string[],
  ) {
    const registers = [registry];
    this.callDuration = new Histogram({
      name: "hub_nation_call_duration_seconds",
      help: "Calls from the gateway to a national deployment (country BOARD: the board), by outcome.",
      labelNames: ["country", "outcome"],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.circuitOpened = new Counter({
      name: "hub_nation_circuit_opened_total",
      help: "Transitions of a country's circuit into open.",
      labelNames: ["country"],
      registers,
      // Every configured country has its series from the start: `increase()` sees a country's first
      // opening only against an earlier sample of 0.
      collect() {
        for (const country of countries()) this.inc({ country }, 0);
      },
    });
    const circuitsNow = this.circuits;
    new Gauge({
      name: "hub_nation_circuit_state",
      help: "A country's circuit: 0 closed, 1 half_open, 2 open.",
      labelNames: ["country"],
      registers,
      collect() {
        this.reset();
        for (const country of countries()) this.set({ country }, CIRCUIT_STATE_VALUE[circuitsNow().stateOf(country)]);
      },
    });
    const reachability = this.reachability;
    new Gauge({
      name: "hub_nation_reachable",
      help: "1 when the gateway's last periodic schema check reached the country, else 0 (absent before the first check).",
      labelNames: ["country"],
      registers,
      collect() {
        this.reset();
        for (const country of countries()) {
          const reachable = reachability.get(country);
          if (reachable !== undefined) this.set({ country }, reachable ? 1 : 0);
        }
      },
    });
  }

  callEnded(country: string, outcome: NationCallOutcome, seconds: number): void {
    this.callDuration.observe({ country, outcome }, seconds);
  }

  circuitOpenedFor(country: string): void {
    this.circuitOpened.inc({ country });
  }

  reachable(country: string, reachable: boolean): void {
    this.reachability.set(country, reachable);
  }
}
