import * as z from "zod";

/**
 * How the console signs people in at an issuer with OpenID Connect: where the provider describes
 * itself, and which client the console is there. The console runs in the browser, so it is a public
 * client (authorization code with PKCE): it holds no secret, and the config refuses one (see
 * hub-config.ts), since anything handed to every browser is no secret.
 */
export interface OidcClientConfig {
  /** The provider's discovery document, normally `<issuer>/.well-known/openid-configuration`. */
  discoveryUrl: string;
  /** The console's client id at that provider (its ID tokens are addressed to it, never to the hub). */
  clientId: string;
  /** Scopes the console asks for; always includes `openid`. */
  scopes: string[];
}

/**
 * Only `openid` by default: the hub reads who the person is and their roles from the access token's
 * claims, so asking for profile or e-mail would hand the console personal data it does not use; and a
 * hub scope asked for here would narrow every signed-in person's rights (shared/policy/rights.ts).
 * A provider that issues refresh tokens only for `offline_access` (some do) needs it listed.
 */
export const DEFAULT_OIDC_SCOPES = ["openid"];

/** RFC 6749 section 3.3: a scope token is printable ASCII without space, `"` or `\`. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export const oidcClientSchema = z.strictObject(
  {
    discoveryUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL (normally <issuer>/.well-known/openid-configuration)" }),
    clientId: z.string({ error: "must be a string" }).trim().min(1, { error: "must be a non-empty string" }),
    scopes: z
      .array(z.string({ error: "must be a string" }).regex(SCOPE_TOKEN, { error: "must be one scope (printable characters, no space)" }), {
        error: "must be an array of scope strings",
      })
      .refine((scopes) => scopes.includes("openid"), { error: "must include openid (the console signs in with OpenID Connect)" })
      .refine((scopes) => new Set(scopes).size === scopes.length, { error: "lists a scope twice" })
      .default(DEFAULT_OIDC_SCOPES),
  },
  { error: "must be { discoveryUrl, clientId, scopes }" },
);

/** Keys an operator might add to an `oidc` entry that the hub refuses outright, with the reason. */
export function refusedOidcKey(key: string): string | undefined {
  return /secret/i.test(key)
    ? "refused: the console is a public client (authorization code with PKCE) and holds no secret; one handed to every browser would be no secret"
    : undefined;
}
