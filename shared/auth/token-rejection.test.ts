import { createLocalJWKSet, errors, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { IssuerRegistry } from "./issuer-registry.js";
import { rejectionReason, type TokenRejectionReason } from "./token-rejection.js";
import { verifyAccessToken } from "./verify-token.js";

describe("why a token was refused, as one of a small fixed set", () => {
  const issuer = "https://idp.jp.example";
  let registry: IssuerRegistry;
  let sign: (claims?: Record<string, unknown>, header?: Record<string, unknown>) => Promise<string>;
  let signWithOtherKey: () => Promise<string>;

  beforeAll(async () => {
    const key = await generateKeyPair("ES256");
    const other = await generateKeyPair("ES256");
    const jwk: JWK = { ...(await exportJWK(key.publicKey)), kid: "k1", alg: "ES256" };
    registry = new IssuerRegistry("ai-safety-hub", [{ participant: "JP", issuer, keys: createLocalJWKSet({ keys: [jwk] }), clientId: "console" }]);
    const now = Math.floor(Date.now() / 1000);
    const build = (claims: Record<string, unknown>, header: Record<string, unknown>) =>
      new SignJWT({ iss: issuer, sub: "jp-1", aud: "ai-safety-hub", country: "JP", roles: ["regulator"], iat: now, exp: now + 600, ...claims }).setProtectedHeader({ alg: "ES256", kid: "k1", ...header });
    sign = (claims = {}, header = {}) => build(claims, header).sign(key.privateKey);
    signWithOtherKey = () => build({}, {}).sign(other.privateKey);
  });

  const reasonFor = async (token: string | undefined): Promise<TokenRejectionReason | "accepted"> => {
    let reason: TokenRejectionReason | undefined;
    try {
      await verifyAccessToken(token, registry, (_detail, why) => (reason = why));
      return "accepted";
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
      return reason!;
    }
  };

  it("accepts a good token", async () => {
    expect(await reasonFor(await sign())).toBe("accepted");
  });

  it.each<[string, () => Promise<string | undefined>, TokenRejectionReason]>([
    ["no token", async () => undefined, "missing"],
    ["not a JWT", async () => "garbage", "malformed"],
    ["a JWT whose payload is not JSON", async () => `${Buffer.from('{"alg":"ES256"}').toString("base64url")}.bm90IGpzb24.c2ln`, "malformed"],
    ["an HMAC token", async () => `${Buffer.from('{"alg":"HS256"}').toString("base64url")}.e30.c2ln`, "bad_algorithm"],
    ["a logout token", () => sign({}, { typ: "logout+jwt" }), "wrong_type"],
    ["an ID token for the console", () => sign({ aud: ["ai-safety-hub", "console"] }), "wrong_type"],
    ["an unknown issuer", () => sign({ iss: "https://idp.evil.example" }), "unknown_issuer"],
    ["another key's signature", () => signWithOtherKey(), "bad_signature"],
    ["an unknown kid", () => sign({}, { kid: "k9" }), "bad_signature"],
    ["an expired token", () => sign({ exp: Math.floor(Date.now() / 1000) - 3600, iat: Math.floor(Date.now() / 1000) - 7200 }), "expired"],
    ["a token valid only later (nbf)", () => sign({ nbf: Math.floor(Date.now() / 1000) + 3600 }), "not_yet_valid"],
    ["a token issued in the future", () => sign({ iat: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 4000 }), "not_yet_valid"],
    ["another audience", () => sign({ aud: "other-service" }), "wrong_audience"],
    ["no subject", () => sign({ sub: undefined }), "claims"],
    ["a century-long lifetime", () => sign({ exp: Math.floor(Date.now() / 1000) + 100 * 365 * 86_400 }), "claims"],
    ["another country's claim", () => sign({ country: "US" }), "claims"],
    ["roles that are not a list", () => sign({ roles: "regulator" }), "claims"],
    ["a malformed scope", () => sign({ scope: 42 }), "claims"],
  ])("%s: %s", async (_name, token, reason) => {
    expect(await reasonFor(await token())).toBe(reason);
  });

  it("tells keys that cannot be fetched apart from a bad signature", async () => {
    const down = new IssuerRegistry("ai-safety-hub", [
      {
        participant: "JP",
        issuer,
        keys: async () => {
          throw new errors.JWKSTimeout();
        },
      },
    ]);
    let reason: TokenRejectionReason | undefined;
    await expect(verifyAccessToken(await sign(), down, (_detail, why) => (reason = why))).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(reason).toBe("discovery_failed");
  });

  it("calls anything unforeseen other", () => {
    expect(rejectionReason(new RangeError("?"))).toBe("other");
    expect(rejectionReason(undefined)).toBe("other");
  });
});
