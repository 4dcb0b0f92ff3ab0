import { describe, expect, it } from "vitest";
import { attemptFor, newIdempotencyKey } from "./idempotency-key";

describe("attemptFor", () => {
  it("reuses the key for the same terms and makes a new one for changed terms", () => {
    let n = 0;
    const makeKey = () => `key-${++n}`;
    const first = attemptFor(undefined, { grantee: "US" }, makeKey);
    expect(first.key).toBe("key-1");
    expect(attemptFor(first, { grantee: "US" }, makeKey)).toBe(first);
    expect(attemptFor(first, { grantee: "KR" }, makeKey).key).toBe("key-2");
  });
});

describe("newIdempotencyKey", () => {
  it("is 128 random bits in hex", () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
