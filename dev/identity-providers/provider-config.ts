import Provider, { errors } from "oidc-provider";
import { RIGHTS } from "../../shared/policy/rights.js";
import type { DemoUser } from "./accounts.js";
import type { ProviderKeys } from "./keys.js";
import { errorPage, logoutPage, signedOutPage } from "./pages.js";
import { CONSOLE_CLIENT_ID } from "./urls.js";

const ALGORITHM = "ES256";
/** How long a sign-in lasts at a provider (its session, grant and refresh tokens): a working day. */
const SESSION_SECONDS = 8 * 3600;

export interface ProviderSettings {
  participant: string;
  participantName: string;
  /** The provider's issuer, e.g. http://127.0.0.1:4090/JP: its path is where the provider is mounted. */
  issuer: string;
  /** The hub config's audience: every access token's `aud`. */
  audience: string;
  /** The resource indicator (RFC 8707) that stands for the hub; the default when a client names none. */
  resource: string;
  /** Where the console is served (the gateway): its redirect URIs and the one origin CORS lets in. */
  consoleBaseUrl: string;
  accessTokenTtlSeconds: number;
  keys: ProviderKeys;
  users: readonly DemoUser[];
}

/** The console: a public client (no secret in a browser), code flow with PKCE, refresh tokens for renewal. */
export function consoleClient(consoleBaseUrl: string) {
  return {
    client_id: CONSOLE_CLIENT_ID,
    client_name: "AI-safety hub console",
    application_type: "web",
    token_endpoint_auth_method: "none",
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    redirect_uris: [`${consoleBaseUrl}/console/signed-in`],
    post_logout_redirect_uris: [`${consoleBaseUrl}/console/signed-out`],
    id_token_signed_response_alg: ALGORITHM,
  };
}

/**
 * One participant's OpenID provider. Access tokens are JWTs (RFC 9068) for the hub's resource, carrying
 * what every subgraph verifies: `aud` (the hub's audience), `country` and `roles` (extraTokenClaims),
 * `scope` (the hub's scopes the client asked for; empty when none, so not narrowed), `iat`, `exp`.
 */
export function createProvider(s: ProviderSettings): Provider {
  const mountPath = new URL(s.issuer).pathname.replace(/\/$/, "");
  const consoleOrigin = new URL(s.consoleBaseUrl).origin;
  const userOf = (accountId: string | undefined) => s.users.find((u) => u.username === accountId);
  const cookie = (name: string) => `_${s.participant.toLowerCase()}_${name}`;

  const provider = new Provider(s.issuer, {
    clients: [consoleClient(s.consoleBaseUrl)],
    jwks: s.keys.jwks,
    // Every provider shares one host (127.0.0.1:port): own cookie names keep a JP sign-in from
    // overwriting a US one in the same browser, as separate hosts would in production.
    cookies: {
      keys: s.keys.cookieKeys,
      names: { session: cookie("session"), interaction: cookie("interaction"), resume: cookie("interaction_resume") },
      long: { httpOnly: true, sameSite: "lax" },
      short: { httpOnly: true, sameSite: "lax" },
    },
    clientDefaults: { id_token_signed_response_alg: ALGORITHM, grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "none" },
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = userOf(sub);
      return user && { accountId: user.username, claims: async () => ({ sub: user.username, name: user.name }) };
    },
    claims: { openid: ["sub"], profile: ["name"] },
    scopes: ["openid", "profile", "offline_access"],
    // The login page is this module's own (interactions.ts), under the provider's mount path.
    interactions: { url: async (_ctx: unknown, interaction: { uid: string }) => `${mountPath}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) => oneOf ?? s.resource,
        // A code asked for with `openid` would otherwise give an opaque token for userinfo only when the
        // token request names no resource (oidc-client-ts names none): the hub's JWT is what the console needs.
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, indicator: string) => {
          if (indicator !== s.resource) throw new errors.InvalidTarget();
          return {
            audience: s.audience,
            scope: Object.values(RIGHTS).join(" "),
            accessTokenTTL: s.accessTokenTtlSeconds,
            accessTokenFormat: "jwt",
            jwt: { sign: { alg: ALGORITHM } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: any, form: string) => {
          const id = /id="([^"]+)"/.exec(form)?.[1] ?? "op.logoutForm";
          ctx.type = "html";
          ctx.body = logoutPage(s.participantName, form, id, ctx.oidc?.session?.accountId);
        },
        postLogoutSuccessSource: async (ctx: any) => {
          ctx.type = "html";
          ctx.body = signedOutPage(s.participantName);
        },
      },
    },
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) => {
      const user = userOf(token.accountId);
      return user && { country: s.participant, roles: user.roles };
    },
    formats: {
      customizers: {
        jwt: async (_ctx: unknown, _token: unknown, jwt: { payload: Record<string, unknown> }) => {
          jwt.payload.scope ??= "";
        },
      },
    },
    pkce: { required: () => true },
    // The console's browser code calls the token endpoint from the gateway's origin, and only from there.
    clientBasedCORS: (_ctx: unknown, origin: string, client: { clientId: string }) => client.clientId === CONSOLE_CLIENT_ID && origin === consoleOrigin,
    // Refresh tokens without offline_access: they renew the console's access token while the session
    // lasts (they expire with it), and rotate on every use, as a public client's must.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed("refresh_token"),
    rotateRefreshToken: () => true,
    ttl: {
      AccessToken: () => s.accessTokenTtlSeconds,
      IdToken: () => s.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: SESSION_SECONDS,
      Grant: SESSION_SECONDS,
      // A rotated refresh token keeps what was left of the first one's life: one sign-in, one working day.
      RefreshToken: (ctx: any) => ctx?.oidc?.entities?.RotatedRefreshToken?.remainingTTL ?? SESSION_SECONDS,
    },
    renderError: async (ctx: any, out: { error: string; error_description?: string }) => {
      ctx.type = "html";
      ctx.body = errorPage(s.participantName, out.error, out.error_description);
    },
  });
  provider.on("server_error", (_ctx: unknown, error: Error) => process.stderr.write(`${s.participant} provider: ${error.stack ?? String(error)}\n`));
  return provider;
}
