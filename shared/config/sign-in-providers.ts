import type { HubConfig } from "./hub-config.js";

/** What a browser needs to start signing in at a participant's own identity provider. */
export interface SignInProvider {
  participant: string;
  issuer: string;
  discoveryUrl: string;
  clientId: string;
  scopes: string[];
}

/**
 * The sign-in providers the console offers, one per issuer with an `oidc` entry, in config order.
 * Public by design (the console shows them before anyone has signed in): it copies only what every
 * browser learns anyway during a sign-in, and never a key file's path or a JWKS URL.
 */
export function signInProviders(config: Pick<HubConfig, "issuers">): SignInProvider[] {
  return config.issuers.flatMap(({ participant, issuer, oidc }) =>
    oidc ? [{ participant, issuer, discoveryUrl: oidc.discoveryUrl, clientId: oidc.clientId, scopes: [...oidc.scopes] }] : [],
  );
}
