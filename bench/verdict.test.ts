import { describe, expect, it } from "vitest";
import type { Row } from "./report.js";
import { verdictOf } from "./verdict.js";

const row = (met: boolean | null, measure = "p50"): Row => ({ scenario: "8 gateway fan-out", measure, baseline: "", value: "0.4", ratio: null, target: "<= 0.25 ms", met });

describe("the benchmark's verdict", () => {
  it("exits 0 when every judged target is met, whatever the unjudged rows", () => {
    expect(verdictOf([row(true), row(null)], false)).toEqual({ lines: ["Every target met."], exitCode: 0 });
  });

  it("exits 1 and names each missed target with its figure", () => {
    const verdict = verdictOf([row(true), row(false, "CPU per country"), row(false, "p99")], false);
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines[0]).toContain("8 gateway fan-out (CPU per country: 0.4, target <= 0.25 ms)");
    expect(verdict.lines[0]).toContain("(p99:");
  });

  it("exits 0 on a miss only when asked to explore", () => {
    const verdict = verdictOf([row(false)], true);
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines).toHaveLength(2);
  });
});
