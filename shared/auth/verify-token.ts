import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { unauthenticated } from "../errors/hub-errors.js";
import { type Caller, ROLES, type Role } from "./caller.js";
import type { IssuerRegistry } from "./issuer-registry.js";
import { checkTokenTimes, parseScopes } from "./token-policy.js";

/** Asymmetric algorithms only: an HMAC token "signed" with a public key must never verify. */
export const ALLOWED_ALGORITHMS = ["ES256", "ES384", "EdDSA", "RS256", "PS256"];
export const MAX_TOKEN_BYTES = 8 * 1024;

/**
 * Verifies a bearer token against the registry of trusted issuers and returns the caller it speaks
 * for. A token verified before is answered from the registry's cache until it expires. Every failure throws the same UNAUTHENTICATED error (the reason is given to `onReject` for
 * logging only), so the answer never tells an attacker which check stopped them.
 */
export async function verifyAccessToken(
  token: string | undefined,
  registry: IssuerRegistry,
  onReject?: (reason: string) => void,
): Promise<Caller> {
  const known = token ? registry.verified.get(token) : undefined;
  if (known) return known;
  try {
    const { caller, expiresAt } = await verify(token, registry);
    registry.verified.remember(token!, caller, expiresAt);
    return caller;
  } catch (error) {
    onReject?.(error instanceof Error ? error.message : String(error));
    throw unauthenticated();
  }
}

async function verify(token: string | undefined, registry: IssuerRegistry): Promise<{ caller: Caller; expiresAt: number }> {
  if (!token) throw new Error("no token");
  if (Buffer.byteLength(token) > MAX_TOKEN_BYTES) throw new Error("token too large");
  const header = decodeProtectedHeader(token);
  if (!header.alg || !ALLOWED_ALGORITHMS.includes(header.alg)) throw new Error(`algorithm ${header.alg} not allowed`);
  const unverified = decodeJwt(token);
  const trusted = typeof unverified.iss === "string" ? registry.find(unverified.iss) : undefined;
  if (!trusted) throw new Error(`unknown issuer ${String(unverified.iss)}`);
  const { payload } = await jwtVerify(token, trusted.keys, {
    issuer: trusted.issuer,
    audience: registry.audience,
    algorithms: ALLOWED_ALGORITHMS,
    clockTolerance: registry.tokenPolicy.clockSkewSeconds,
    requiredClaims: ["sub", "exp", "iat", "country"],
  });
  checkTokenTimes({ iat: payload.iat!, exp: payload.exp! }, registry.tokenPolicy, Math.floor(Date.now() / 1000));
  if (payload.country !== trusted.participant) {
    throw new Error(`country claim ${String(payload.country)} does not match issuer of ${trusted.participant}`);
  }
  const caller = {
    country: trusted.participant,
    subject: payload.sub!,
    roles: parseRoles(payload.roles),
    scopes: parseScopes(payload.scope),
    expiresAt: payload.exp!,
  };
  return { caller, expiresAt: payload.exp! };
}

function parseRoles(value: unknown): Role[] {
  if (!Array.isArray(value) || !value.every((r) => typeof r === "string")) {
    throw new Error("roles claim must be an array of strings");
  }
  // Unknown roles are dropped rather than rejected: an identity provider may carry roles for other systems.
  return value.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
  return match?.[1];
}

