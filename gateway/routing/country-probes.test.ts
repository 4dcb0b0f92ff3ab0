import { describe, expect, it } from "vitest";
import { CountryProbes } from "./country-probes.js";

describe("a country's health probes", () => {
  it("are shared by the callers that time out together, and bounded by the country's budget", async () => {
    const asked: { url: string; timeoutMs: number }[] = [];
    let answer!: (up: boolean) => void;
    const probes = new CountryProbes((url, timeoutMs) => {
      asked.push({ url, timeoutMs });
      return new Promise((resolve) => (answer = resolve));
    });
    const verdicts = Promise.all(Array.from({ length: 100 }, () => probes.isUp("JP", "http://jp/graphql", 300)));
    answer(true);
    expect(await verdicts).toEqual(Array(100).fill(true));
    expect(asked).toEqual([{ url: "http://jp/graphql", timeoutMs: 300 }]);
    // Once answered, the next timeout asks afresh (a verdict is never reused), with at most 1 s.
    const next = probes.isUp("JP", "http://jp/graphql", 5000);
    answer(false);
    expect(await next).toBe(false);
    expect(asked).toEqual([{ url: "http://jp/graphql", timeoutMs: 300 }, { url: "http://jp/graphql", timeoutMs: 1000 }]);
  });
});
