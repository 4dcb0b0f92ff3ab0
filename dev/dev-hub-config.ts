import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { BOARD } from "../shared/auth/caller.js";
import { DEFAULT_AUDIENCE, DEFAULT_CIRCUIT, DEFAULT_NATION_TIMEOUT_MS, type HubConfig } from "../shared/config/hub-config.js";
import { DEFAULT_OPERATION_LIMITS } from "../shared/limits/index.js";
import { type DevIssuer, ensureDevIssuer } from "./dev-issuers.js";
import type { DevLayout } from "./dev-layout.js";
import { CONSOLE_CLIENT_ID, identityProvidersBaseUrl, providerDiscoveryUrl, providerIssuer } from "./identity-providers/urls.js";

export function boardUrl(layout: DevLayout): string {
  return `http://127.0.0.1:${layout.subgraphPortBase}/graphql`;
}

export function nationalUrl(layout: DevLayout, index: number): string {
  return `http://127.0.0.1:${layout.subgraphPortBase + 1 + index}/graphql`;
}

/**
 * Makes sure every participant has a dev issuer (keys made on first start, then reused): its OpenID
 * provider in the identity-providers service, which signs with that key (dev/identity-providers/keys.ts).
 */
export async function ensureDevIssuers(layout: DevLayout, countries: readonly string[]): Promise<DevIssuer[]> {
  const base = identityProvidersBaseUrl(layout.idpPort);
  return Promise.all([BOARD, ...countries].map((code) => ensureDevIssuer(layout.issuersDir, code, providerIssuer(base, code))));
}

/** Writes the hub config the dev services read: the same format production uses (see README). */
export function writeDevHubConfig(layout: DevLayout, countries: readonly string[], issuers: DevIssuer[]): HubConfig {
  const config: HubConfig = {
    audience: DEFAULT_AUDIENCE,
    // The board asks a submitting country through the gateway to vouch for its report.
    board: { url: boardUrl(layout), gatewayUrl: `${layout.gatewayBaseUrl}/graphql` },
    countries: countries.map((code, i) => ({ code, url: nationalUrl(layout, i) })),
    // Each participant's provider as production names one: by its discovery document, from which the
    // hub takes its keys (jose fetches them again on an unknown kid, so a new key needs no restart), and
    // the console its sign-in endpoints.
    issuers: issuers.map((issuer) => ({
      participant: issuer.participant,
      issuer: issuer.issuer,
      oidc: { discoveryUrl: providerDiscoveryUrl(issuer.issuer), clientId: CONSOLE_CLIENT_ID, scopes: ["openid"] },
    })),
    nationTimeoutMs: layout.nationTimeoutMs ?? DEFAULT_NATION_TIMEOUT_MS,
    circuit: { ...DEFAULT_CIRCUIT, ...(layout.circuitOpenMs ? { openMs: layout.circuitOpenMs } : {}) },
    // Written out so a developer sees the limits; "Did you mean ...?" helps while writing queries.
    limits: { ...DEFAULT_OPERATION_LIMITS, fieldSuggestions: true },
    ...(layout.rateLimitPerMinute
      ? { rateLimit: { perCaller: { max: layout.rateLimitPerMinute, windowMs: 60_000 }, perCountry: { max: 5 * layout.rateLimitPerMinute, windowMs: 60_000 } } }
      : {}),
  };
  mkdirSync(dirname(layout.configFile), { recursive: true });
  writeFileSync(layout.configFile, JSON.stringify(config, null, 2) + "\n");
  return config;
}
