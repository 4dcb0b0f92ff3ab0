import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IssuerRegistry } from "./issuer-registry.js";
import { verifyAccessToken } from "./verify-token.js";

/** An identity provider publishing its JWKS over HTTP, whose keys the test can rotate. */
describe("keys fetched from a JWKS URL", () => {
  let served: object[] = [];
  let fetches = 0;
  const server = createServer((_req, res) => {
    fetches++;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ keys: served }));
  });
  let registry: IssuerRegistry;
  let quickRegistry: IssuerRegistry;
  const issuer = "https://idp.kr.example";

  const newKey = async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    return { privateKey, publicJwk: { ...jwk, kid, alg: "ES256" }, kid };
  };
  const sign = (key: Awaited<ReturnType<typeof newKey>>) =>
    new SignJWT({ country: "KR", roles: ["regulator"] })
      .setProtectedHeader({ alg: "ES256", kid: key.kid })
      .setIssuer(issuer)
      .setSubject("kr-1")
      .setAudience("ai-safety-hub")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(key.privateKey);

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    const config = {
      audience: "ai-safety-hub",
      board: { url: "http://127.0.0.1:1/graphql" },
      countries: [],
      issuers: [{ participant: "KR", issuer, jwksUri: url }],
      nationTimeoutMs: 1000,
    };
    registry = IssuerRegistry.fromConfig(config);
    quickRegistry = IssuerRegistry.fromConfig(config, { jwksCooldownMs: 100 });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetches once, then refetches on an unknown kid at most once per cooldown", async () => {
    const first = await newKey();
    served = [first.publicJwk];
    expect((await verifyAccessToken(await sign(first), registry)).country).toBe("KR");
    expect(await verifyAccessToken(await sign(first), registry)).toMatchObject({ subject: "kr-1" });
    expect(fetches).toBe(1);

    // The provider rotates its key. Within the cooldown a flood of unknown kids costs no extra fetches.
    const rotated = await newKey();
    served = [first.publicJwk, rotated.publicJwk];
    for (let i = 0; i < 5; i++) {
      await expect(verifyAccessToken(await sign(rotated), registry)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    }
    expect(fetches).toBe(1);
  });

  it("picks up a rotated key on an unknown kid once the cooldown has passed", async () => {
    const first = await newKey();
    served = [first.publicJwk];
    fetches = 0;
    await verifyAccessToken(await sign(first), quickRegistry);
    const rotated = await newKey();
    served = [rotated.publicJwk];
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await verifyAccessToken(await sign(rotated), quickRegistry)).country).toBe("KR");
    expect(fetches).toBe(2);
  });
});
