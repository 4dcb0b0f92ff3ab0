/**
 * Where the dev identity providers answer. Kept apart from the providers themselves so that the
 * launcher and the token command can name them without loading oidc-provider.
 */
export function identityProvidersBaseUrl(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** A participant's provider is mounted at /<CODE>: its issuer, and the base of its endpoints. */
export function providerIssuer(baseUrl: string, participant: string): string {
  return `${baseUrl}/${participant}`;
}

/** oidc-provider's JWKS route, below the issuer. */
export function providerJwksUri(issuer: string): string {
  return `${issuer}/jwks`;
}

export function providerDiscoveryUrl(issuer: string): string {
  return `${issuer}/.well-known/openid-configuration`;
}

/** The resource indicator (RFC 8707) for the hub: its GraphQL endpoint at the gateway. */
export function hubResource(gatewayBaseUrl: string): string {
  return `${gatewayBaseUrl}/graphql`;
}

/** The console's public client at every dev provider (PKCE, no secret). */
export const CONSOLE_CLIENT_ID = "hub-console";
