import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { unauthenticated } from "../errors/hub-errors.js";
import { type Caller, ROLES, type Role } from "./caller.js";
import type { IssuerRegistry, TrustedIssuer } from "./issuer-registry.js";
import { checkTokenTimes, parseScopes } from "./token-policy.js";
import { rejectionReason, TokenRejected, type TokenRejectionReason } from "./token-rejection.js";

/** Asymmetric algorithms only: an HMAC token "signed" with a public key must never verify. */
export const ALLOWED_ALGORITHMS = ["ES256", "ES384", "EdDSA", "RS256", "PS256"];
export const MAX_TOKEN_BYTES = 8 * 1024;
/**
 * Header `typ` values of an access token. RFC 9068 names `at+jwt`; many providers (Keycloak among
 * them) and the dev token command write `JWT`, and `typ` is optional: those stay accepted, or every
 * such provider would be locked out. What is refused is a token that declares itself something else
 * (`logout+jwt`, `secevent+jwt`, `dpop+jwt`, ...): a provider's other JWTs are no bearer tokens.
 */
const ACCESS_TOKEN_TYPES = new Set([undefined, "jwt", "at+jwt"]);

/**
 * Verifies a bearer token against the registry of trusted issuers and returns the caller it speaks
 * for. A token verified before is answered from the registry's cache until it expires. Every failure throws the same UNAUTHENTICATED error (the detail,
 * and the reason as one of a small fixed set, are given to `onReject` for the log and the metrics only),
 * so the answer never tells an attacker which check stopped them.
 */
export async function verifyAccessToken(
  token: string | undefined,
  registry: IssuerRegistry,
  onReject?: (detail: string, reason: TokenRejectionReason) => void,
): Promise<Caller> {
  const known = token ? registry.verified.get(token) : undefined;
  if (known) return known;
  try {
    const { caller, expiresAt } = await verify(token, registry);
    registry.verified.remember(token!, caller, expiresAt);
    return caller;
  } catch (error) {
    onReject?.(error instanceof Error ? error.message : String(error), rejectionReason(error));
    throw unauthenticated();
  }
}

async function verify(token: string | undefined, registry: IssuerRegistry): Promise<{ caller: Caller; expiresAt: number }> {
  if (!token) throw new TokenRejected("missing", "no token");
  if (Buffer.byteLength(token) > MAX_TOKEN_BYTES) throw new TokenRejected("malformed", "token too large");
  const header = decoded(() => decodeProtectedHeader(token));
  if (!header.alg || !ALLOWED_ALGORITHMS.includes(header.alg)) throw new TokenRejected("bad_algorithm", `algorithm ${header.alg} not allowed`);
  // RFC 7515: `typ` is a media type, compared without case, and may omit its "application/" prefix.
  const typ = typeof header.typ === "string" ? header.typ.toLowerCase().replace(/^application\//, "") : header.typ;
  if (!ACCESS_TOKEN_TYPES.has(typ as string | undefined)) throw new TokenRejected("wrong_type", `token type ${String(header.typ)} is not an access token`);
  const unverified = decoded(() => decodeJwt(token));
  const trusted = typeof unverified.iss === "string" ? registry.find(unverified.iss) : undefined;
  if (!trusted) throw new TokenRejected("unknown_issuer", `unknown issuer ${String(unverified.iss)}`);
  const { payload } = await jwtVerify(token, keysOf(trusted), {
    issuer: trusted.issuer,
    audience: registry.audience,
    algorithms: ALLOWED_ALGORITHMS,
    clockTolerance: registry.tokenPolicy.clockSkewSeconds,
    requiredClaims: ["sub", "exp", "iat", "country"],
  });
  // An ID token is addressed to the client that signed in (aud = its client id). It usually fails the
  // audience check above; this refuses it even when a provider also adds the hub to its audience.
  if (trusted.clientId !== undefined && [payload.aud].flat().includes(trusted.clientId)) {
    throw new TokenRejected("wrong_type", `token is addressed to the console's client ${trusted.clientId} (an ID token?), not only to the hub`);
  }
  checkTokenTimes({ iat: payload.iat!, exp: payload.exp! }, registry.tokenPolicy, Math.floor(Date.now() / 1000));
  if (payload.country !== trusted.participant) {
    throw new TokenRejected("claims", `country claim ${String(payload.country)} does not match issuer of ${trusted.participant}`);
  }
  const caller = {
    country: trusted.participant,
    subject: checkedSubject(payload.sub!),
    roles: parseRoles(payload.roles),
    scopes: parseScopes(payload.scope),
    expiresAt: payload.exp!,
  };
  return { caller, expiresAt: payload.exp! };
}

/** jose's decoders throw a TypeError (or JWTInvalid) for what is not a JWT at all. */
function decoded<T>(decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    throw new TokenRejected("malformed", error instanceof Error ? error.message : String(error));
  }
}

/**
 * The issuer's key source, with its failures told apart: a key that matches nothing is the token's
 * fault (bad_signature); keys that cannot be fetched are the provider's (discovery_failed).
 */
function keysOf(trusted: TrustedIssuer): TrustedIssuer["keys"] {
  return async (header, input) => {
    try {
      return await trusted.keys(header, input);
    } catch (error) {
      const code = (error as { code?: unknown })?.code;
      if (code === "ERR_JWKS_NO_MATCHING_KEY" || code === "ERR_JWKS_MULTIPLE_MATCHING_KEYS") throw error;
      throw new TokenRejected("discovery_failed", error instanceof Error ? error.message : String(error));
    }
  };
}

/** Longest subject accepted: identifiers, not documents. */
const MAX_SUBJECT_LENGTH = 255;

/**
 * The subject is written to the access log and covered by its hash chain: a control character (NUL)
 * or a lone surrogate cannot be stored as it was hashed, and would later read as an edited entry.
 */
function checkedSubject(subject: string): string {
  if (subject.length === 0 || subject.length > MAX_SUBJECT_LENGTH || /[\p{Cc}\p{Cs}]/u.test(subject)) {
    throw new TokenRejected("claims", `sub claim must be 1 to ${MAX_SUBJECT_LENGTH} printable characters`);
  }
  return subject;
}

function parseRoles(value: unknown): Role[] {
  if (!Array.isArray(value) || !value.every((r) => typeof r === "string")) {
    throw new TokenRejected("claims", "roles claim must be an array of strings");
  }
  // Unknown roles are dropped rather than rejected: an identity provider may carry roles for other systems.
  return value.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
  return match?.[1];
}

