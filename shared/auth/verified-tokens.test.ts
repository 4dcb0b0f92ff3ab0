import { describe, expect, it } from "vitest";
import type { Caller } from "./caller.js";
import { MAX_REUSE_MS, VerifiedTokens } from "./verified-tokens.js";

const caller = (): Caller => ({ country: "JP", subject: "aiko", roles: ["regulator"], scopes: ["incidents:read"] });

describe("the cache of verified tokens", () => {
  it("answers for the very token only, until it expires", () => {
    let now = 1_000_000_000_000;
    const cache = new VerifiedTokens(() => now);
    cache.remember("token-a", caller(), now / 1000 + 60);
    expect(cache.get("token-a")?.subject).toBe("aiko");
    expect(cache.get("token-a ")).toBeUndefined();
    expect(cache.get("token-b")).toBeUndefined();
    now += 59_999;
    expect(cache.get("token-a")).toBeDefined();
    now += 1;
    expect(cache.get("token-a")).toBeUndefined();
  });

  it("reuses a long-lived token for at most five minutes, and never one already expired", () => {
    let now = 1_000_000_000_000;
    const cache = new VerifiedTokens(() => now);
    cache.remember("long", caller(), now / 1000 + 24 * 3600);
    cache.remember("expired", caller(), now / 1000 - 1);
    expect(cache.get("expired")).toBeUndefined();
    now += MAX_REUSE_MS - 1;
    expect(cache.get("long")).toBeDefined();
    now += 1;
    expect(cache.get("long")).toBeUndefined();
  });

  it("forgets the oldest token when full", () => {
    const now = 1_000_000_000_000;
    const cache = new VerifiedTokens(() => now, 2);
    for (const token of ["t1", "t2", "t3"]) cache.remember(token, caller(), now / 1000 + 60);
    expect(cache.get("t1")).toBeUndefined();
    expect(cache.get("t2")).toBeDefined();
    expect(cache.get("t3")).toBeDefined();
  });

  it("hands out a caller no request can change for the next one", () => {
    const now = 1_000_000_000_000;
    const cache = new VerifiedTokens(() => now);
    cache.remember("t", caller(), now / 1000 + 60);
    const cached = cache.get("t")!;
    expect(() => (cached.roles as string[]).push("auditor")).toThrow();
    expect(() => ((cached as { country: string }).country = "US")).toThrow();
    expect(cache.get("t")!.roles).toEqual(["regulator"]);
  });
});
