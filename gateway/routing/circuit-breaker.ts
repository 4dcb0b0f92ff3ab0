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

/** Told of each transition into open (from closed, or a half-open probe that failed): for the metrics. */
export type OnCircuitOpened = (country: string) => void;

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private probing = false;
  private readonly now: () => number;

  constructor(
    private readonly options: CircuitOptions,
    private readonly onOpened?: () => void,
  ) {
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
    const wasOpen = this.state === "open";
    this.probing = false;
    this.failures += 1;
    if (this.openedAt !== null || this.failures >= this.options.failureThreshold) this.openedAt = this.now();
    // A failure while already open (a call sent before it opened) only restarts the wait: no transition.
    if (!wasOpen && this.openedAt !== null) this.onOpened?.();
  }
}

/** The circuits of every country, made on first use. */
export class Circuits {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(
    private readonly options: CircuitOptions,
    private readonly onOpened?: OnCircuitOpened,
  ) {}

  of(country: string): CircuitBreaker {
    let breaker = this.breakers.get(country);
    if (!breaker) {
      const onOpened = this.onOpened;
      breaker = new CircuitBreaker(this.options, onOpened && (() => onOpened(country)));
      this.breakers.set(country, breaker);
    }
    return breaker;
  }

  stateOf(country: string): CircuitState {
    return this.breakers.get(country)?.state ?? "closed";
  }
}
