import { describe, expect, it } from "vitest";
import { ConfigError, parseHubConfig } from "./hub-config.js";

const valid = {
  board: { url: "http://127.0.0.1:4100/graphql" },
  countries: [{ code: "JP", url: "http://127.0.0.1:4101/graphql" }],
  issuers: [
    { participant: "JP", issuer: "https://idp.jp.example", jwksFile: "issuers/JP/jwks.json" },
    { participant: "BOARD", issuer: "https://idp.board.example", jwksUri: "https://idp.board.example/jwks.json" },
  ],
};

describe("hub config", () => {
  it("fills defaults and resolves key files against the config's folder", () => {
    const config = parseHubConfig(valid, "/etc/hub");
    expect(config.audience).toBe("ai-safety-hub");
    expect(config.nationTimeoutMs).toBe(2000);
    expect(config.circuit).toEqual({ failureThreshold: 3, openMs: 10_000 });
    expect(config.issuers[0]!.jwksFile).toBe("/etc/hub/issuers/JP/jwks.json");
  });

  it.each([
    ["a country listed twice", { countries: [valid.countries[0], valid.countries[0]] }, /listed twice/],
    ["a lowercase code", { countries: [{ code: "jp", url: "http://x/graphql" }] }, /capital letters/],
    ["BOARD as a country", { countries: [{ code: "BOARD", url: "http://x/graphql" }] }, /not BOARD/],
    ["a bad URL", { board: { url: "ftp://x" } }, /board.url/],
    ["an issuer with both key sources", { issuers: [{ participant: "JP", issuer: "i", jwksFile: "a", jwksUri: "http://b" }] }, /exactly one/],
    ["no issuers", { issuers: [] }, /non-empty/],
    ["a zero timeout", { nationTimeoutMs: 0 }, /positive/],
    ["a circuit that never opens", { circuit: { failureThreshold: 0, openMs: 1000 } }, /circuit/],
  ])("refuses %s with a message saying what is wrong", (_name, override, message) => {
    expect(() => parseHubConfig({ ...valid, ...override }, "/etc/hub")).toThrowError(ConfigError);
    expect(() => parseHubConfig({ ...valid, ...override }, "/etc/hub")).toThrowError(message);
  });
});
