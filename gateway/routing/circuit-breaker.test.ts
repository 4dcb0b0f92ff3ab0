import { describe, expect, it } from "vitest";
import { CircuitBreaker, Circuits } from "./circuit-breaker.js";

describe("a country's circuit", () => {
  const make = () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 1000, now: () => now });
    return { breaker, advance: (ms: number) => (now += ms) };
  };

  it("opens after repeated failures and fails fast while open", () => {
    const { breaker } = make();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()).toBe(false);
  });

  it("lets one probe through when half-open: success closes, failure reopens", () => {
    const { breaker, advance } = make();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(1000);
    expect(breaker.state).toBe("half_open");
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordFailure();
    expect(breaker.state).toBe("open");
    advance(1000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.state).toBe("closed");
    expect(breaker.tryAcquire()).toBe(true);
  });

  it("forgets isolated failures after a success", () => {
    const { breaker } = make();
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state).toBe("closed");
  });
});

describe("a circuit's transitions into open (what hub_nation_circuit_opened_total counts)", () => {
  it("tells each transition once: closed to open, and a failed half-open probe, not failures while open", () => {
    let now = 0;
    const opened: string[] = [];
    const circuits = new Circuits({ failureThreshold: 2, openMs: 1000, now: () => now }, (country) => opened.push(country));
    const jp = circuits.of("JP");
    jp.recordFailure();
    expect(opened).toEqual([]);
    jp.recordFailure();
    expect(opened).toEqual(["JP"]);
    // A call sent before the circuit opened fails late: still open, no new transition.
    jp.recordFailure();
    expect(opened).toEqual(["JP"]);
    now += 1000;
    expect(jp.state).toBe("half_open");
    expect(jp.tryAcquire()).toBe(true);
    jp.recordFailure();
    expect(jp.state).toBe("open");
    expect(opened).toEqual(["JP", "JP"]);
    now += 1000;
    expect(jp.tryAcquire()).toBe(true);
    jp.recordSuccess();
    expect(circuits.stateOf("JP")).toBe("closed");
    circuits.of("US").recordFailure();
    expect(opened).toEqual(["JP", "JP"]);
  });
});
