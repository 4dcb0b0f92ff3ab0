import type { HubConfig } from "./hub-config.js";

/** What a browser needs to start signing in at a participant's own identity provider. */
export interface SignInProvider {
  participant: string;
  issuer: string;
  discoveryUrl: string;
  clientId: string;
  scopes: string[];
  /** The participant's name, when the hub config gives its country one. */
  name?: string;
}

/**
 * The sign-in providers the console offers, one per issuer with an `oidc` entry, in config order.
 * Public by design (the console shows them before anyone has signed in): it copies only what every
 * browser learns anyway during a sign-in, and never a key file's path or a JWKS URL.
 */
export function signInProviders(config: Pick<HubConfig, "issuers"> & Partial<Pick<HubConfig, "countries">>): SignInProvider[] {
  const names = new Map((config.countries ?? []).flatMap((c) => (c.name ? [[c.code, c.name] as const] : [])));
  return config.issuers.flatMap(({ participant, issuer, oidc }) => {
    if (!oidc) return [];
    const name = names.get(participant);
    return [{ participant, issuer, discoveryUrl: oidc.discoveryUrl, clientId: oidc.clientId, scopes: [...oidc.scopes], ...(name ? { name } : {}) }];
  });
}
