/**
 * One country's circuit: after `failureThreshold` failures in a row it opens, and the gateway answers
 * for that country at once (NATION_UNAVAILABLE, reason circuit_open) instead of waiting out a timeout on
 * every query. After `openMs` it lets one probe through (half-open): success closes it, failure reopens.
 */
export type CircuitState = "closed" | "open" | "half_open";

export interface CircuitOptions {
  failureThreshold: number;
  openMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private probing = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.openedAt === null) return "closed";
    return this.now() - this.openedAt >= this.options.openMs ? "half_open" : "open";
  }

  /** Whether a call may go out now. In half-open, only one probe at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open" || this.probing) return false;
    this.probing = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.probing = false;
  }

  recordFailure(): void {
    this.probing = false;
    this.failures += 1;
    if (this.openedAt !== null || this.failures >= this.options.failureThreshold) this.openedAt = this.now();
  }
}

/** The circuits of every country, made on first use. */
export class Circuits {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(private readonly options: CircuitOptions) {}

  of(country: string): CircuitBreaker {
    let breaker = this.breakers.get(country);
    if (!breaker) {
      breaker = new CircuitBreaker(this.options);
      this.breakers.set(country, breaker);
    }
    return breaker;
  }

  stateOf(country: string): CircuitState {
    return this.breakers.get(country)?.state ?? "closed";
  }
}
