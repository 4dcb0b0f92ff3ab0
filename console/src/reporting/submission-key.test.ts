import { describe, expect, it } from "vitest";
import { newKey, SubmissionKey } from "./submission-key";

describe("SubmissionKey", () => {
  it("keeps one key across retries and makes a new one after forget", () => {
    let n = 0;
    const key = new SubmissionKey(() => `k${++n}`);
    expect(key.current()).toBe("k1");
    expect(key.current()).toBe("k1");
    key.forget();
    expect(key.current()).toBe("k2");
  });
});

describe("newKey", () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("uses randomUUID where the context has it", () => {
    expect(newKey()).toMatch(UUID_V4);
  });

  it("builds a version-4 UUID from random bytes where it has not (plain http)", () => {
    const source = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => { new Uint8Array(array!.buffer).fill(0xff); return array; } };
    expect(newKey(source as Pick<Crypto, "getRandomValues">)).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    expect(newKey({ getRandomValues: crypto.getRandomValues.bind(crypto) })).toMatch(UUID_V4);
  });
});
