import { readFileSync } from "node:fs";
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import type { HubConfig, IssuerConfig } from "../config/hub-config.js";
import { DEFAULT_TOKEN_POLICY, type TokenPolicy } from "./token-policy.js";
import { VerifiedTokens } from "./verified-tokens.js";

export interface TrustedIssuer {
  participant: string;
  issuer: string;
  keys: JWTVerifyGetKey;
}

/**
 * issuer -> participant -> keys. The same registry is built by the gateway and by every subgraph from
 * the same configuration, so that no service has to trust another's verdict about a token.
 */
export class IssuerRegistry {
  private readonly byIssuer = new Map<string, TrustedIssuer>();
  /** Belongs to this registry: a change of issuers builds a new registry and so forgets every verdict. */
  readonly verified = new VerifiedTokens();

  constructor(
    readonly audience: string,
    issuers: TrustedIssuer[],
    readonly tokenPolicy: TokenPolicy = DEFAULT_TOKEN_POLICY,
  ) {
    for (const entry of issuers) this.byIssuer.set(entry.issuer, entry);
  }

  /** `jwksCooldownMs`: after a fetch, no refetch of a JWKS URL for this long (an unknown `kid` waits). */
  static fromConfig(config: HubConfig, { jwksCooldownMs = 60_000 } = {}): IssuerRegistry {
    return new IssuerRegistry(
      config.audience,
      config.issuers.map((entry) => trustedIssuer(entry, jwksCooldownMs)),
      config.tokens ?? DEFAULT_TOKEN_POLICY,
    );
  }

  find(issuer: string): TrustedIssuer | undefined {
    return this.byIssuer.get(issuer);
  }
}

function trustedIssuer(entry: IssuerConfig, cooldownDuration: number): TrustedIssuer {
  const keys = entry.jwksUri
    ? // jose refetches on an unknown `kid`, at most once per cooldown, so key rotation needs no restart.
      createRemoteJWKSet(new URL(entry.jwksUri), { cooldownDuration, timeoutDuration: 5_000 })
    : createLocalJWKSet(JSON.parse(readFileSync(entry.jwksFile!, "utf8")) as JSONWebKeySet);
  return { participant: entry.participant, issuer: entry.issuer, keys };
}
