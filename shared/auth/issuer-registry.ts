import { readFileSync } from "node:fs";
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import type { HubConfig, IssuerConfig } from "../config/hub-config.js";
import { DEFAULT_DISCOVERY, type DiscoveryOptions, discoveredKeys } from "./oidc-discovery.js";
import { DEFAULT_TOKEN_POLICY, type TokenPolicy } from "./token-policy.js";
import { VerifiedTokens } from "./verified-tokens.js";

export interface TrustedIssuer {
  participant: string;
  issuer: string;
  keys: JWTVerifyGetKey;
  /**
   * The console's client id at this issuer (`oidc.clientId`). A token addressed to it is an ID token,
   * or otherwise meant for the console, and never an access token for the hub.
   */
  clientId?: string;
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

  /**
   * `jwksCooldownMs`: after a fetch, no refetch of a JWKS URL for this long (an unknown `kid` waits).
   * `discovery`: timeout and retry delay of discovery documents, for issuers known only by `oidc`.
   */
  static fromConfig(config: HubConfig, { jwksCooldownMs = DEFAULT_DISCOVERY.jwksCooldownMs, discovery = {} as Partial<Omit<DiscoveryOptions, "jwksCooldownMs">> } = {}): IssuerRegistry {
    const options = { ...DEFAULT_DISCOVERY, ...discovery, jwksCooldownMs };
    return new IssuerRegistry(
      config.audience,
      config.issuers.map((entry) => trustedIssuer(entry, options)),
      config.tokens ?? DEFAULT_TOKEN_POLICY,
    );
  }

  find(issuer: string): TrustedIssuer | undefined {
    return this.byIssuer.get(issuer);
  }
}

function trustedIssuer(entry: IssuerConfig, options: DiscoveryOptions): TrustedIssuer {
  return { participant: entry.participant, issuer: entry.issuer, keys: keysOf(entry, options), clientId: entry.oidc?.clientId };
}

/** The config allows one key source; `oidc` is one only when neither JWKS source is given. */
function keysOf(entry: IssuerConfig, options: DiscoveryOptions): JWTVerifyGetKey {
  if (entry.jwksUri) {
    // jose refetches on an unknown `kid`, at most once per cooldown, so key rotation needs no restart.
    return createRemoteJWKSet(new URL(entry.jwksUri), { cooldownDuration: options.jwksCooldownMs, timeoutDuration: 5_000 });
  }
  if (entry.jwksFile) return createLocalJWKSet(JSON.parse(readFileSync(entry.jwksFile, "utf8")) as JSONWebKeySet);
  if (entry.oidc) return discoveredKeys(entry.issuer, entry.oidc.discoveryUrl, options);
  throw new Error(`issuer ${entry.issuer} has no key source`);
}
