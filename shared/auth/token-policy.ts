import { z } from "zod";
import { TokenRejected } from "./token-rejection.js";

/**
 * What the hub demands of a token beyond its signature. An identity provider that issues tokens for
 * a century, or dated a year ahead, would make a stolen token a permanent key: both are refused.
 */
export const tokenPolicySchema = z
  .object({
    /** Longest `exp - iat` accepted. Access tokens are meant to be short-lived and renewed. */
    maxLifetimeSeconds: z.number().int().positive().default(12 * 3600),
    /** Tolerated clock difference between an identity provider and this service (`exp`, `nbf`, `iat`). */
    clockSkewSeconds: z.number().int().min(0).max(300).default(30),
  })
  .strict();

export type TokenPolicy = z.infer<typeof tokenPolicySchema>;

export const DEFAULT_TOKEN_POLICY: TokenPolicy = tokenPolicySchema.parse({});

/** Checks the token's timeline against the policy; `now` in seconds since the epoch. Throws the reason. */
export function checkTokenTimes(claims: { iat: number; exp: number }, policy: TokenPolicy, now: number): void {
  if (claims.iat > now + policy.clockSkewSeconds) throw new TokenRejected("not_yet_valid", `issued in the future (iat ${claims.iat}, now ${now})`);
  if (claims.exp - claims.iat > policy.maxLifetimeSeconds) {
    throw new TokenRejected("claims", `lifetime ${claims.exp - claims.iat} s exceeds the maximum of ${policy.maxLifetimeSeconds} s`);
  }
}

/**
 * The token's scopes. OAuth 2 writes `scope` as one space-separated string; some providers send a JSON
 * array (`scp`-style). Both narrow alike; anything else is refused rather than read as "no scope",
 * which would widen the token.
 */
export function parseScopes(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return value.split(" ").filter(Boolean);
  if (Array.isArray(value) && value.every((s) => typeof s === "string")) return value.flatMap((s) => s.split(" ")).filter(Boolean);
  throw new TokenRejected("claims", "scope claim must be a space-separated string or an array of strings");
}
