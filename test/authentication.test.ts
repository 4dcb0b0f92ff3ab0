import { readFileSync } from "node:fs";
import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNAUTHENTICATED_MESSAGE } from "../shared/errors/hub-errors.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const QUERY = `{ countries { code incidents { totalCount } } me { country } }`;
const REJECTED = { errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: "UNAUTHENTICATED" } }] };

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("authentication at the gateway and at every subgraph", () => {
  let hub: TestHub;
  let valid: string;
  const attacks: Record<string, () => Promise<string | undefined>> = {};

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    valid = await hub.token("JP", { roles: ["regulator"] });
    const jp = hub.issuers.get("JP")!;
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: jp.issuer, sub: "mallory", aud: "ai-safety-hub", country: "JP", roles: ["regulator"], iat: now, exp: now + 600 };
    const [header, payload, signature] = valid.split(".");
    Object.assign(attacks, {
      "no token": async () => undefined,
      "malformed token": async () => "not.a.jwt",
      "alg none": async () => `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
      "HMAC signed with the issuer's public key": async () => {
        const { kid: _kid, alg: _alg, use: _use, ...publicJwk } = JSON.parse(readFileSync(jp.jwksFile, "utf8")).keys[0];
        const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
        return new SignJWT(claims).setProtectedHeader({ alg: "HS256", kid: jp.privateKey.kid }).sign(secret);
      },
      "algorithm outside the allow-list": async () => {
        const { privateKey } = await generateKeyPair("ES512");
        return new SignJWT(claims).setProtectedHeader({ alg: "ES512", kid: jp.privateKey.kid }).sign(privateKey);
      },
      "signed by a key the issuer never published": async () => {
        const { privateKey } = await generateKeyPair("ES256");
        return new SignJWT(claims).setProtectedHeader({ alg: "ES256", kid: jp.privateKey.kid }).sign(privateKey);
      },
      "tampered payload": async () => `${header}.${b64({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), roles: ["regulator", "negotiator"] })}.${signature}`,
      expired: async () => hub.token("JP", { roles: ["regulator"], expiresInSeconds: -120 }),
      "not yet valid": async () => hub.token("JP", { roles: ["regulator"], claims: { nbf: now + 600 } }),
      "wrong audience": async () => hub.token("JP", { roles: ["regulator"], audience: "another-system" }),
      "unknown issuer": async () => hub.token("JP", { roles: ["regulator"], claims: { iss: "https://idp.example/unknown" } }),
      "unknown kid": async () => {
        const { privateKey } = await generateKeyPair("ES256");
        return new SignJWT(claims).setProtectedHeader({ alg: "ES256", kid: "no-such-key" }).sign(privateKey);
      },
      "country claim that does not match its issuer": async () => hub.token("JP", { roles: ["regulator"], claims: { country: "US" } }),
      "another issuer's key claiming JP's issuer": async () => hub.token("US", { roles: ["regulator"], claims: { iss: jp.issuer, country: "JP" } }),
      "larger than 8 KB": async () => hub.token("JP", { roles: ["regulator"], claims: { padding: "x".repeat(9000) } }),
      "roles that are not a list": async () => hub.token("JP", { roles: [], claims: { roles: "regulator" } }),
      // A subject the access log could not store as hashed (it would later read as an edited entry).
      "a subject with a NUL character": async () => hub.token("JP", { roles: ["regulator"], claims: { sub: "reg\u0000ulator" } }),
      "a subject with a lone surrogate": async () => hub.token("JP", { roles: ["regulator"], claims: { sub: "reg\ud800" } }),
      "an empty subject": async () => hub.token("JP", { roles: ["regulator"], claims: { sub: "" } }),
      "scope that is neither a string nor a list of strings": async () => hub.token("JP", { roles: ["regulator"], claims: { scope: { read: true } } }),
      "issued a year ahead": async () => hub.token("JP", { roles: ["regulator"], claims: { iat: now + 365 * 86400, exp: now + 365 * 86400 + 600 } }),
      "valid for a hundred years": async () => hub.token("JP", { roles: ["regulator"], claims: { exp: now + 100 * 365 * 86400 } }),
      "valid for one second more than the maximum lifetime": async () => hub.token("JP", { roles: ["regulator"], claims: { iat: now, exp: now + 12 * 3600 + 1 } }),
    });
  });
  afterAll(() => hub?.stop());

  it("accepts a valid token", async () => {
    const { status, body } = await hub.query(valid, QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.me.country).toBe("JP");
  });

  it("rejects every forged, stale or misdirected token the same way, with no data", async () => {
    for (const [attack, make] of Object.entries(attacks)) {
      const token = await make();
      const atGateway = await hub.query(token, QUERY);
      expect({ attack, ...atGateway }).toEqual({ attack, status: 401, body: REJECTED });
      for (const url of [hub.boardUrl, hub.nations.get("JP")!.server.url]) {
        const direct = await hub.query(token, `{ __typename }`, undefined, url);
        expect({ attack, url, ...direct }).toEqual({ attack, url, status: 401, body: REJECTED });
      }
    }
    expect(Object.keys(attacks).length).toBeGreaterThanOrEqual(15);
  });

  it("accepts a token of exactly the maximum lifetime, and one issued within the clock skew", async () => {
    const now = Math.floor(Date.now() / 1000);
    const longest = await hub.token("JP", { roles: ["regulator"], claims: { iat: now, exp: now + 12 * 3600 } });
    expect((await hub.query(longest, QUERY)).status).toBe(200);
    const slightlyAhead = await hub.token("JP", { roles: ["regulator"], claims: { iat: now + 10, exp: now + 600 } });
    expect((await hub.query(slightlyAhead, QUERY)).status).toBe(200);
  });

  it("tolerates 30 seconds of clock skew and no more", async () => {
    const justExpired = await hub.token("JP", { roles: ["regulator"], expiresInSeconds: -10 });
    expect((await hub.query(justExpired, QUERY)).status).toBe(200);
    const longExpired = await hub.token("JP", { roles: ["regulator"], expiresInSeconds: -45 });
    expect((await hub.query(longExpired, QUERY)).status).toBe(401);
  });

  it("ignores identity headers a gateway could forge when a subgraph is called directly", async () => {
    const response = await fetch(hub.nations.get("JP")!.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-caller": "JP", "x-country": "JP", "x-roles": "regulator" },
      body: JSON.stringify({ query: "{ myCountry { code } }" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(REJECTED);
  });
});
