import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_HTTP, DEFAULT_RATE_LIMIT, loadHubConfig, parseHubConfig } from "./hub-config.js";
import { signInProviders } from "./sign-in-providers.js";

const valid = {
  board: { url: "http://127.0.0.1:4100/graphql" },
  countries: [{ code: "JP", url: "http://127.0.0.1:4101/graphql" }],
  issuers: [
    { participant: "JP", issuer: "https://idp.jp.example", jwksFile: "issuers/JP/jwks.json" },
    { participant: "BOARD", issuer: "https://idp.board.example", jwksUri: "https://idp.board.example/jwks.json" },
  ],
};

const oidcIssuer = {
  participant: "JP",
  issuer: "https://idp.jp.example/realms/jp",
  oidc: { discoveryUrl: "https://idp.jp.example/realms/jp/.well-known/openid-configuration", clientId: "hub-console", scopes: ["openid"] },
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
    expect(config.tracing).toEqual({ acceptIncomingContext: true, acceptClientContext: false });
  });

  it("takes a country's refusal of its callers' trace context", () => {
    expect(parseHubConfig({ ...valid, tracing: { acceptIncomingContext: false } }, "/etc/hub").tracing).toEqual({ acceptIncomingContext: false, acceptClientContext: false });
    expect(parseHubConfig({ ...valid, tracing: { acceptClientContext: true } }, "/etc/hub").tracing).toEqual({ acceptIncomingContext: true, acceptClientContext: true });
    expect(parseHubConfig({ ...valid, tracing: {} }, "/etc/hub").tracing).toEqual({ acceptIncomingContext: true, acceptClientContext: false });
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
    ["an issuer with no key source", { issuers: [{ participant: "JP", issuer: "https://idp.jp.example" }] }, "issuers[0]: needs exactly one key source: jwksFile, jwksUri, or oidc (keys from its discovery document)"],
    ["an oidc client with a secret", { issuers: [{ ...oidcIssuer, oidc: { ...oidcIssuer.oidc, clientSecret: "s3cret" } }] }, "issuers[0].oidc.clientSecret: refused: the console is a public client (authorization code with PKCE) and holds no secret; one handed to every browser would be no secret"],
    ["an oidc client with a secret by another name", { issuers: [{ ...oidcIssuer, oidc: { ...oidcIssuer.oidc, client_secret: "s3cret" } }] }, "issuers[0].oidc.client_secret: refused: the console is a public client (authorization code with PKCE) and holds no secret; one handed to every browser would be no secret"],
    ["a discovery URL that is not a URL", { issuers: [{ ...oidcIssuer, oidc: { ...oidcIssuer.oidc, discoveryUrl: "idp.jp.example/.well-known/openid-configuration" } }] }, "issuers[0].oidc.discoveryUrl: must be an http(s) URL (normally <issuer>/.well-known/openid-configuration)"],
    ["scopes without openid", { issuers: [{ ...oidcIssuer, oidc: { ...oidcIssuer.oidc, scopes: ["profile"] } }] }, "issuers[0].oidc.scopes: must include openid (the console signs in with OpenID Connect)"],
    ["a scope with a space", { issuers: [{ ...oidcIssuer, oidc: { ...oidcIssuer.oidc, scopes: ["openid", "records:read grants:read"] } }] }, "issuers[0].oidc.scopes[1]: must be one scope (printable characters, no space)"],
    ["an empty client id", { issuers: [{ ...oidcIssuer, oidc: { ...oidcIssuer.oidc, clientId: " " } }] }, "issuers[0].oidc.clientId: must be a non-empty string"],
    ["an oidc entry without a client id", { issuers: [{ ...oidcIssuer, oidc: { discoveryUrl: oidcIssuer.oidc.discoveryUrl } }] }, "issuers[0].oidc.clientId: must be a string"],
    ["the hub's audience as the client id", { issuers: [{ ...oidcIssuer, oidc: { ...oidcIssuer.oidc, clientId: "ai-safety-hub" } }] }, "issuers[0].oidc.clientId: must differ from the hub's audience ai-safety-hub (ID tokens are addressed to the client and would pass as access tokens)"],
    ["an oidc issuer that is not a URL", { issuers: [{ ...oidcIssuer, issuer: "jp-idp" }] }, "issuers[0].issuer: must be the provider's issuer URL when oidc is given"],
    ["a rate limit of zero", { rateLimit: { perCountry: { max: 0, windowMs: 1000 } } }, "rateLimit.perCountry.max: must be positive"],
    ["trace context acceptance given as text", { tracing: { acceptIncomingContext: "no" } }, "tracing.acceptIncomingContext: must be true or false"],
    ["an unknown tracing key", { tracing: { acceptIncomingContext: false, sampleRate: 0.1 } }, "tracing.sampleRate: unknown key"],
    ["a tracing section that is not an object", { tracing: false }, "tracing: must be { acceptIncomingContext, acceptClientContext }"],
  ])("refuses %s, saying where and what", (_name, override, problem) => {
    expect(problemsOf({ ...valid, ...override })).toContain(problem);
  });

  describe("OpenID Connect sign-in", () => {
    it("accepts oidc alone as the key source, defaulting the scopes to openid", () => {
      const { oidc: { scopes: _scopes, ...withoutScopes }, ...issuer } = oidcIssuer;
      const config = parseHubConfig({ ...valid, issuers: [{ ...issuer, oidc: withoutScopes }, valid.issuers[1]] }, "/etc/hub");
      expect(config.issuers[0]).toEqual({ ...issuer, oidc: { ...withoutScopes, scopes: ["openid"] } });
    });

    it("accepts oidc beside a JWKS URL or file (those keys are then used) and keeps extra scopes", () => {
      const config = parseHubConfig(
        {
          ...valid,
          issuers: [
            { ...oidcIssuer, jwksFile: "issuers/JP/jwks.json", oidc: { ...oidcIssuer.oidc, scopes: ["openid", "offline_access"] } },
            { ...valid.issuers[1], oidc: { discoveryUrl: "https://idp.board.example/.well-known/openid-configuration", clientId: "console" } },
          ],
        },
        "/etc/hub",
      );
      expect(config.issuers[0]!.oidc!.scopes).toEqual(["openid", "offline_access"]);
      expect(config.issuers[0]!.jwksFile).toBe("/etc/hub/issuers/JP/jwks.json");
      expect(config.issuers[1]!.jwksUri).toBe("https://idp.board.example/jwks.json");
    });

    it("accepts the README's example config and its Keycloak entry as written", () => {
      const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
      const example = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!;
      const config = parseHubConfig(JSON.parse(example), "/etc/hub");
      const keycloak = JSON.parse(/\*\*Worked example: Keycloak\.\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!);
      expect(signInProviders(parseHubConfig({ ...valid, issuers: [keycloak] }, "/etc/hub"))).toEqual([{ participant: "JP", issuer: keycloak.issuer, ...keycloak.oidc }]);
      expect(signInProviders(config).map((p) => p.participant)).toEqual(["JP"]);
    });

    it("lists the sign-in providers for the console: the oidc issuers only, and nothing private", () => {
      const config = parseHubConfig({ ...valid, issuers: [valid.issuers[0], { ...oidcIssuer, participant: "BOARD", jwksUri: "https://idp.jp.example/keys" }] }, "/etc/hub");
      expect(signInProviders(config)).toEqual([
        { participant: "BOARD", issuer: oidcIssuer.issuer, discoveryUrl: oidcIssuer.oidc.discoveryUrl, clientId: "hub-console", scopes: ["openid"] },
      ]);
    });

    it("names a sign-in provider's participant when the config names its country", () => {
      const named = signInProviders({ issuers: [{ ...oidcIssuer, participant: "JP" }], countries: [{ code: "JP", url: "http://jp.example/graphql", name: "Japan" }] });
      expect(named.map((p) => [p.participant, p.name])).toEqual([["JP", "Japan"]]);
    });
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
