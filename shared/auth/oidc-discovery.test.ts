import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt, decodeProtectedHeader, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../dev/free-port.js";
import {
  CONSOLE_CLIENT,
  CONSOLE_TOO_RESOURCE,
  newSigningKey,
  OTHER_RESOURCE,
  type SigningKey,
  startTestProvider,
  type TestProvider,
} from "../../test/support/oidc-test-provider.js";
import { type HubConfig, parseHubConfig } from "../config/hub-config.js";
import { IssuerRegistry } from "./issuer-registry.js";
import { verifyAccessToken } from "./verify-token.js";

const configFor = (participant: string, issuer: string, discoveryUrl: string): HubConfig =>
  parseHubConfig(
    {
      board: { url: "http://127.0.0.1:9/graphql" },
      countries: [],
      issuers: [{ participant, issuer, oidc: { discoveryUrl, clientId: CONSOLE_CLIENT } }],
    },
    "/",
  );

/** Verifies `token`; the reason a refusal gives the log, or undefined when it was accepted. */
async function refusal(token: string, registry: IssuerRegistry): Promise<string | undefined> {
  let reason: string | undefined;
  try {
    await verifyAccessToken(token, registry, (why) => (reason = why));
    return undefined;
  } catch (error) {
    // Every refusal is the same UNAUTHENTICATED error; only the log says why.
    expect(error).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    return reason ?? "(no reason)";
  }
}

describe("an issuer known by its OpenID provider's discovery document (a real provider)", () => {
  let port: number;
  let provider: TestProvider;
  let claims: Record<string, unknown> = { country: "JP", roles: ["regulator"] };
  let registry: IssuerRegistry;

  beforeAll(async () => {
    port = await freePort();
    provider = await startTestProvider(port, await newSigningKey(), () => claims);
    // A short JWKS cooldown, so that the rotation test need not wait a minute.
    registry = IssuerRegistry.fromConfig(configFor("JP", provider.issuer, provider.discoveryUrl), { jwksCooldownMs: 100 });
  });
  afterAll(() => provider.close());

  it("verifies the provider's access token through discovery", async () => {
    const caller = await verifyAccessToken(await provider.clientCredentialsToken(), registry);
    expect(caller).toMatchObject({ country: "JP", subject: "hub-service", roles: ["regulator"], scopes: ["records:read", "grants:read"] });
  });

  it("verifies the access token of a sign-in with PKCE, and refuses the ID token of the same sign-in", async () => {
    const { accessToken, idToken } = await provider.signIn("jp-regulator-1");
    expect(decodeProtectedHeader(accessToken).typ).toBe("at+jwt");
    // The ID token carries the hub's claims too: only its audience (the console) gives it away.
    expect(decodeJwt(idToken)).toMatchObject({ aud: CONSOLE_CLIENT, country: "JP", roles: ["regulator"], iss: provider.issuer });
    expect(await verifyAccessToken(accessToken, registry)).toMatchObject({ country: "JP", subject: "jp-regulator-1", roles: ["regulator"] });
    expect(await refusal(idToken, registry)).toMatch(/unexpected "aud" claim value/);
  });

  it("refuses a token from the provider that claims another country", async () => {
    claims = { country: "US", roles: ["regulator"] };
    try {
      expect(await refusal(await provider.clientCredentialsToken(), registry)).toBe("country claim US does not match issuer of JP");
    } finally {
      claims = { country: "JP", roles: ["regulator"] };
    }
  });

  it("refuses the provider's token for another audience", async () => {
    expect(await refusal(await provider.clientCredentialsToken(OTHER_RESOURCE), registry)).toMatch(/unexpected "aud" claim value/);
  });

  it("refuses a token addressed to the console's client even when it names the hub too", async () => {
    const token = await provider.clientCredentialsToken(CONSOLE_TOO_RESOURCE);
    expect(await refusal(token, registry)).toBe(`token is addressed to the console's client ${CONSOLE_CLIENT} (an ID token?), not only to the hub`);
  });

  it("refuses a token from a provider that is not in the hub config", async () => {
    const stranger = await startTestProvider(await freePort(), await newSigningKey(), () => ({ country: "JP", roles: ["regulator"] }));
    try {
      expect(await refusal(await stranger.clientCredentialsToken(), registry)).toBe(`unknown issuer ${stranger.issuer}`);
    } finally {
      await stranger.close();
    }
  });

  it("follows the provider's key rotation across its restart, without a new registry", async () => {
    const before = await provider.clientCredentialsToken();
    expect(await refusal(before, registry)).toBeUndefined();
    await provider.close();
    provider = await startTestProvider(port, await newSigningKey(), () => claims);
    const after = await provider.clientCredentialsToken();
    await new Promise((resolve) => setTimeout(resolve, 150)); // the JWKS cooldown
    expect(await verifyAccessToken(after, registry)).toMatchObject({ country: "JP" });
  });
});

describe("a discovery document the registry does not trust", () => {
  let key: SigningKey;
  let base: string;
  let document: (base: string) => unknown = () => ({});
  let fetches = 0;
  const server = createServer((req, res: ServerResponse) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/jwks") return void res.end(JSON.stringify({ keys: [publicOf(key)] }));
    if (req.url === "/slow/.well-known/openid-configuration") return; // never answers
    fetches++;
    res.end(JSON.stringify(document(base)));
  });
  const publicOf = (k: SigningKey) => {
    const { d: _d, ...publicJwk } = k.privateJwk;
    return publicJwk;
  };
  const tokenFrom = (issuer: string, typ: string | undefined = "at+jwt") =>
    new SignJWT({ country: "KR", roles: ["regulator"] })
      .setProtectedHeader({ alg: "ES256", kid: key.privateJwk.kid, ...(typ === undefined ? {} : { typ }) })
      .setIssuer(issuer)
      .setSubject("kr-1")
      .setAudience("ai-safety-hub")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(key.privateKey);

  beforeAll(async () => {
    key = await newSigningKey();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it("is refused when it names another issuer (mix-up), and not fetched again before the retry delay", async () => {
    fetches = 0;
    // The keys at jwks_uri did sign the token: only the issuer check stands in the way.
    document = (at) => ({ issuer: "https://idp.other.example", jwks_uri: `${at}/jwks` });
    const registry = IssuerRegistry.fromConfig(configFor("KR", base, `${base}/.well-known/openid-configuration`), { discovery: { retryAfterMs: 300 } });
    expect(await refusal(await tokenFrom(base), registry)).toBe(
      `discovery document ${base}/.well-known/openid-configuration names issuer https://idp.other.example, not ${base}`,
    );
    // A flood of tokens meanwhile is refused without asking the provider again.
    await Promise.all(Array.from({ length: 5 }, async () => expect(await refusal(await tokenFrom(base), registry)).toMatch(/not retried yet/)));
    expect(fetches).toBe(1);
    // Once the provider serves its own name, the same kind of token verifies after the delay.
    document = (at) => ({ issuer: at, jwks_uri: `${at}/jwks` });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await refusal(await tokenFrom(base), registry)).toBeUndefined();
    expect(await verifyAccessToken(await tokenFrom(base), registry)).toMatchObject({ country: "KR" });
    expect(fetches).toBe(2);
  });

  it("asks once for concurrent first tokens, then uses the cached document", async () => {
    fetches = 0;
    document = (at) => ({ issuer: at, jwks_uri: `${at}/jwks` });
    const registry = IssuerRegistry.fromConfig(configFor("KR", base, `${base}/.well-known/openid-configuration`));
    const tokens = await Promise.all(Array.from({ length: 5 }, () => tokenFrom(base)));
    await Promise.all(tokens.map((token) => verifyAccessToken(token, registry)));
    await verifyAccessToken(await tokenFrom(base), registry);
    expect(fetches).toBe(1);
  });

  it("takes access tokens typed at+jwt (RFC 9068), JWT (Keycloak, the dev token command) or untyped, and refuses other JWTs", async () => {
    document = (at) => ({ issuer: at, jwks_uri: `${at}/jwks` });
    const registry = IssuerRegistry.fromConfig(configFor("KR", base, `${base}/.well-known/openid-configuration`));
    for (const typ of ["at+jwt", "application/at+jwt", "JWT", "jwt", undefined]) {
      expect(await refusal(await tokenFrom(base, typ), registry), String(typ)).toBeUndefined();
    }
    for (const typ of ["logout+jwt", "secevent+jwt", "dpop+jwt", "id_token+jwt"]) {
      expect(await refusal(await tokenFrom(base, typ), registry)).toBe(`token type ${typ} is not an access token`);
    }
  });

  it.each([
    ["without a jwks_uri", (at: string) => ({ issuer: at }), "has no jwks_uri"],
    ["that is no JSON object", () => ["not", "an", "object"], "is not a JSON object"],
    ["with keys somewhere else than http(s)", (at: string) => ({ issuer: at, jwks_uri: "file:///etc/keys.json" }), "has a jwks_uri that is not http(s)"],
  ])("is refused %s", async (_name, served, reason) => {
    document = served;
    const registry = IssuerRegistry.fromConfig(configFor("KR", base, `${base}/.well-known/openid-configuration`));
    expect(await refusal(await tokenFrom(base), registry)).toContain(reason);
  });

  it("is given up after the timeout when the provider does not answer", async () => {
    const registry = IssuerRegistry.fromConfig(configFor("KR", `${base}/slow`, `${base}/slow/.well-known/openid-configuration`), { discovery: { timeoutMs: 200 } });
    const started = Date.now();
    expect(await refusal(await tokenFrom(`${base}/slow`), registry)).toMatch(/timeout|aborted/i);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
