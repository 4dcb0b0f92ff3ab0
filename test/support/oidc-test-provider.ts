import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";

/** oidc-provider publishes no types: the little of its API these tests use. */
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
};
// A specifier in a variable: imported untyped here rather than declared for the whole project.
const PROVIDER_MODULE: string = "oidc-provider";

/** The resource indicator the provider maps to the hub's audience, and one for some other service. */
export const HUB_RESOURCE = "urn:ai-safety-hub";
export const OTHER_RESOURCE = "urn:other-service";
/** A resource whose tokens carry the console's client id beside the hub in `aud`. */
export const CONSOLE_TOO_RESOURCE = "urn:hub-and-console";
export const CONSOLE_CLIENT = "hub-console";
const SERVICE_CLIENT = { id: "hub-service", secret: "test-only-secret" };
const REDIRECT_URI = "http://127.0.0.1:9/console/signed-in";
const HUB_SCOPES = "records:read grants:read";

export interface SigningKey {
  privateJwk: JWK & { kid: string };
  privateKey: CryptoKey;
}

/** A fresh ES256 key with its thumbprint as `kid`. */
export async function newSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { privateJwk: { ...jwk, kid, alg: "ES256", use: "sig" }, privateKey };
}

export interface TestProvider {
  issuer: string;
  discoveryUrl: string;
  /** A JWT access token from the client credentials grant, for `resource`. */
  clientCredentialsToken(resource?: string): Promise<string>;
  /** Signs in `user` through the authorization code flow with PKCE: the access token and the ID token. */
  signIn(user: string): Promise<{ accessToken: string; idToken: string }>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (node oidc-provider) on loopback, signing with `key`, whose access tokens are
 * JWTs for the hub (RFC 9068) carrying the `country` and `roles` claims `claims()` gives at issue time.
 */
export async function startTestProvider(port: number, key: SigningKey, claims: () => Record<string, unknown>): Promise<TestProvider> {
  const { default: Provider } = (await import(PROVIDER_MODULE)) as { default: ProviderConstructor };
  const issuer = `http://127.0.0.1:${port}`;
  const audienceOf: Record<string, string> = { [HUB_RESOURCE]: "ai-safety-hub", [OTHER_RESOURCE]: "other-service", [CONSOLE_TOO_RESOURCE]: "hub-and-console" };
  const provider = new Provider(issuer, {
    jwks: { keys: [key.privateJwk] },
    // Its only key is ES256: every token it signs (ID and access tokens) must use it.
    clientDefaults: { id_token_signed_response_alg: "ES256" },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    // Ten minutes for everything (well within the hub's lifetime limit); also quiets the provider's notices.
    ttl: { AccessToken: 600, ClientCredentials: 600, IdToken: 600, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600 },
    clients: [
      {
        client_id: CONSOLE_CLIENT,
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [REDIRECT_URI],
      },
      {
        client_id: SERVICE_CLIENT.id,
        client_secret: SERVICE_CLIENT.secret,
        grant_types: ["client_credentials"],
        response_types: [],
        redirect_uris: [],
      },
    ],
    // ID tokens carry the hub's claims too (as a provider with "add to ID token" mappers would), so
    // that only their audience tells them from access tokens.
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, ...claims() }) }),
    claims: { openid: ["sub", "country", "roles"] },
    conformIdTokenClaims: false,
    features: {
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => HUB_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => ({
          audience: audienceOf[indicator] ?? "unknown",
          scope: HUB_SCOPES,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "ES256" } },
        }),
      },
    },
    // `scope` needs no help: the provider writes the granted scopes into the token itself.
    extraTokenClaims: () => claims(),
    formats: {
      customizers: {
        // A resource server has one audience; this one's tokens name the hub and the console both.
        jwt: (_ctx: unknown, _token: unknown, jwt: { payload: Record<string, unknown> }) => {
          if (jwt.payload.aud === "hub-and-console") jwt.payload.aud = ["ai-safety-hub", CONSOLE_CLIENT];
        },
      },
    },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));

  const tokenRequest = async (body: Record<string, string>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${issuer}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(body),
    });
    const json = (await response.json()) as Record<string, string>;
    if (response.status !== 200) throw new Error(`token endpoint: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    async clientCredentialsToken(resource = HUB_RESOURCE) {
      const basic = Buffer.from(`${SERVICE_CLIENT.id}:${SERVICE_CLIENT.secret}`).toString("base64");
      const json = await tokenRequest({ grant_type: "client_credentials", resource, scope: HUB_SCOPES }, { authorization: `Basic ${basic}` });
      return json.access_token!;
    },
    async signIn(user) {
      const verifier = randomBytes(32).toString("base64url");
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      const authorize = new URL(`${issuer}/auth`);
      authorize.search = new URLSearchParams({
        client_id: CONSOLE_CLIENT,
        response_type: "code",
        scope: `openid ${HUB_SCOPES}`,
        redirect_uri: REDIRECT_URI,
        code_challenge: challenge,
        code_challenge_method: "S256",
        state: "s",
        nonce: "n",
      }).toString();
      const code = await walkLogin(authorize.href, user);
      const json = await tokenRequest({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: verifier, client_id: CONSOLE_CLIENT });
      return { accessToken: json.access_token!, idToken: json.id_token! };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Follows the provider's redirects as a browser would, answering its built-in (dev) login and consent
 * forms, until it redirects to the console with a code.
 */
async function walkLogin(start: string, user: string): Promise<string> {
  const cookies = new Map<string, string>();
  const send = async (url: string, form?: Record<string, string>) => {
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: form ? new URLSearchParams(form) : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  };
  let url = start;
  for (let step = 0; step < 12; step++) {
    const response = await send(url);
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(REDIRECT_URI)) {
        const code = next.searchParams.get("code");
        if (!code) throw new Error(`sign-in refused: ${next.search}`);
        return code;
      }
      url = next.href;
      continue;
    }
    // An interaction page: answer its form (login, then consent), which redirects onwards.
    const html = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /<form[^>]* action="([^"]+)"/.exec(html)?.[1];
    if (!prompt || !action) throw new Error(`unexpected page at ${url}: ${response.status}`);
    const submitted = await send(new URL(action, url).href, prompt === "login" ? { prompt, login: user, password: "any" } : { prompt });
    const onwards = submitted.headers.get("location");
    if (!onwards) throw new Error(`the ${prompt} form at ${url} answered ${submitted.status}`);
    url = new URL(onwards, url).href;
  }
  throw new Error("sign-in did not finish");
}
