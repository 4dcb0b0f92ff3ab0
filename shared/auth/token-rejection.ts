/**
 * Why a token was refused, as one of a small fixed set: for the log and the `hub_token_rejections_total`
 * metric only. The client always sees the same UNAUTHENTICATED error, whatever the reason.
 */
export const TOKEN_REJECTION_REASONS = [
  /** No bearer token in the request. */
  "missing",
  /** Not a JWT (bad encoding, too large, undecodable header or payload). */
  "malformed",
  /** An algorithm the hub does not accept (HMAC, `none`, ...). */
  "bad_algorithm",
  /** A JWT that is not an access token (`typ` logout+jwt, an ID token addressed to the console). */
  "wrong_type",
  /** `iss` is not a trusted issuer. */
  "unknown_issuer",
  /** The issuer's keys could not be had: its discovery document or JWKS did not answer, or not usefully. */
  "discovery_failed",
  /** The signature does not verify, or no key of the issuer matches it. */
  "bad_signature",
  "expired",
  /** `nbf` or `iat` in the future (beyond the allowed clock skew). */
  "not_yet_valid",
  "wrong_audience",
  /** A required claim missing or malformed, a lifetime over the policy, a country claim that is not the issuer's. */
  "claims",
  /** Anything else (should stay at zero). */
  "other",
] as const;

export type TokenRejectionReason = (typeof TOKEN_REJECTION_REASONS)[number];

/** A refusal whose reason the verifier knows itself (its own checks, as opposed to jose's). */
export class TokenRejected extends Error {
  constructor(
    readonly reason: TokenRejectionReason,
    message: string,
  ) {
    super(message);
  }
}

/** jose's error codes (jose/dist/webapi/util/errors.js) mapped onto the reasons above. */
const JOSE_CODES: Record<string, TokenRejectionReason> = {
  ERR_JWT_EXPIRED: "expired",
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: "bad_signature",
  ERR_JWKS_NO_MATCHING_KEY: "bad_signature",
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: "bad_signature",
  ERR_JOSE_ALG_NOT_ALLOWED: "bad_algorithm",
  ERR_JOSE_NOT_SUPPORTED: "bad_algorithm",
  ERR_JWS_INVALID: "malformed",
  ERR_JWT_INVALID: "malformed",
  ERR_JWE_INVALID: "malformed",
  ERR_JWKS_INVALID: "discovery_failed",
  ERR_JWKS_TIMEOUT: "discovery_failed",
  ERR_JWK_INVALID: "discovery_failed",
};

const CLAIMS: Record<string, TokenRejectionReason> = { aud: "wrong_audience", iss: "unknown_issuer", nbf: "not_yet_valid", iat: "not_yet_valid" };

/** The reason behind whatever verifying a token threw. */
export function rejectionReason(error: unknown): TokenRejectionReason {
  if (error instanceof TokenRejected) return error.reason;
  const { code, claim, reason } = (error ?? {}) as { code?: unknown; claim?: unknown; reason?: unknown };
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") {
    // A required claim that is absent is a claims problem whichever claim it is.
    if (reason === "missing" || typeof claim !== "string") return "claims";
    return CLAIMS[claim] ?? "claims";
  }
  if (typeof code === "string" && code in JOSE_CODES) return JOSE_CODES[code]!;
  return "other";
}
