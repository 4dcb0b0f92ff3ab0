import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_HTTP, DEFAULT_RATE_LIMIT, loadHubConfig, parseHubConfig } from "./hub-config.js";

const valid = {
  board: { url: "http://127.0.0.1:4100/graphql" },
  countries: [{ code: "JP", url: "http://127.0.0.1:4101/graphql" }],
  issuers: [
    { participant: "JP", issuer: "https://idp.jp.example", jwksFile: "issuers/JP/jwks.json" },
    { participant: "BOARD", issuer: "https://idp.board.example", jwksUri: "https://idp.board.example/jwks.json" },
  ],
};

const problemsOf = (raw: unknown): string[] => {
  try {
    parseHubConfig(raw, "/etc/hub");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("the config was accepted");
};

describe("hub config", () => {
  it("fills defaults and resolves key files against the config's folder", () => {
    const config = parseHubConfig(valid, "/etc/hub");
    expect(config.audience).toBe("ai-safety-hub");
    expect(config.nationTimeoutMs).toBe(2000);
    expect(config.circuit).toEqual({ failureThreshold: 3, openMs: 10_000 });
    expect(config.http).toEqual(DEFAULT_HTTP);
    expect(config.rateLimit).toEqual(DEFAULT_RATE_LIMIT);
    expect(config.issuers[0]!.jwksFile).toBe("/etc/hub/issuers/JP/jwks.json");
  });

  it("takes partial http and rate limit sections, defaulting the rest", () => {
    const config = parseHubConfig({ ...valid, http: { bodyLimitBytes: 4096, corsOrigins: ["https://console.example.gov"] }, rateLimit: { perCaller: { max: 5, windowMs: 1000 } } }, "/etc/hub");
    expect(config.http).toEqual({ ...DEFAULT_HTTP, bodyLimitBytes: 4096, corsOrigins: ["https://console.example.gov"] });
    expect(config.rateLimit).toEqual({ perCaller: { max: 5, windowMs: 1000 }, perCountry: DEFAULT_RATE_LIMIT.perCountry });
  });

  it.each([
    ["a country listed twice", { countries: [valid.countries[0], valid.countries[0]] }, "countries[1].code: JP is listed twice (also countries[0])"],
    ["a lowercase code", { countries: [{ code: "jp", url: "http://x/graphql" }] }, "countries[0].code: must be 2-8 capital letters"],
    ["BOARD as a country", { countries: [{ code: "BOARD", url: "http://x/graphql" }] }, "countries[0].code: must be a country's code, not BOARD"],
    ["a bad URL", { board: { url: "ftp://x" } }, "board.url: must be an http(s) URL"],
    ["an issuer with both key sources", { issuers: [{ participant: "JP", issuer: "i", jwksFile: "a", jwksUri: "http://b" }] }, "issuers[0]: needs exactly one of jwksFile or jwksUri"],
    ["two issuers with one name", { issuers: [valid.issuers[0], { ...valid.issuers[1], issuer: valid.issuers[0]!.issuer }] }, "issuers[1].issuer: https://idp.jp.example is listed twice (also issuers[0])"],
    ["no issuers", { issuers: [] }, "issuers: must be a non-empty array"],
    ["a country no issuer speaks for", { issuers: [valid.issuers[1]] }, "countries[0].code: no issuer speaks for JP (add one to issuers)"],
    ["a zero timeout", { nationTimeoutMs: 0 }, "nationTimeoutMs: must be positive"],
    ["a timeout given as text", { nationTimeoutMs: "2000" }, "nationTimeoutMs: must be a number of milliseconds"],
    ["a misspelt key", { nationTimeoutMS: 3000 }, "nationTimeoutMS: unknown key (did you mean nationTimeoutMs?)"],
    ["an unknown key inside an entry", { countries: [{ ...valid.countries[0], region: "Asia" }] }, "countries[0].region: unknown key"],
    ["a circuit that never opens", { circuit: { failureThreshold: 0, openMs: 1000 } }, "circuit.failureThreshold: must be at least 1 (a circuit that never opens)"],
    ["a fractional body limit", { http: { bodyLimitBytes: 1.5 } }, "http.bodyLimitBytes: must be a whole number of bytes"],
    ["a header timeout above the request timeout", { http: { headersTimeoutMs: 5000, requestTimeoutMs: 1000 } }, "http.headersTimeoutMs: headersTimeoutMs must not exceed requestTimeoutMs"],
    ["an origin with a path", { http: { corsOrigins: ["https://console.example.gov/app"] } }, "http.corsOrigins[0]: must be an origin such as https://console.example.gov (scheme, host and port; no path or trailing slash)"],
    ["a rate limit of zero", { rateLimit: { perCountry: { max: 0, windowMs: 1000 } } }, "rateLimit.perCountry.max: must be positive"],
  ])("refuses %s, saying where and what", (_name, override, problem) => {
    expect(problemsOf({ ...valid, ...override })).toContain(problem);
  });

  it("lists every problem at once, each with its path", () => {
    const problems = problemsOf({
      board: { url: "not a url" },
      countries: [
        { code: "JP", url: "http://127.0.0.1:4101/graphql" },
        { code: "JP", url: "ftp://x" },
        { code: "US", url: "http://127.0.0.1:4102/graphql" },
      ],
      issuers: [valid.issuers[0]],
      nationTimeoutMS: 5,
      http: { shutdownGraceMs: -1 },
    });
    expect(problems.sort()).toEqual(
      [
        "board.url: must be an http(s) URL",
        "countries[1].url: must be an http(s) URL",
        "countries[1].code: JP is listed twice (also countries[0])",
        "countries[2].code: no issuer speaks for US (add one to issuers)",
        "nationTimeoutMS: unknown key (did you mean nationTimeoutMs?)",
        "http.shutdownGraceMs: must be 0 or more",
      ].sort(),
    );
  });

  it("names the file and each problem in the error message, and says so for a file that is not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-config-"));
    const bad = join(dir, "hub.json");
    writeFileSync(bad, JSON.stringify({ ...valid, nationTimeoutMs: -1, audience: "" }));
    expect(() => loadHubConfig(bad)).toThrowError(`Invalid hub config ${bad}:\n  - audience: must be a non-empty string\n  - nationTimeoutMs: must be positive`);
    writeFileSync(bad, "{ not json");
    expect(() => loadHubConfig(bad)).toThrowError(/cannot read it: .*JSON/);
  });
});
