import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IssuerRegistry } from "../../shared/auth/issuer-registry.js";
import { verifyAccessToken } from "../../shared/auth/verify-token.js";
import { parseHubConfig } from "../../shared/config/hub-config.js";
import { loadDevIssuer, signDevToken } from "../dev-issuers.js";
import { type RunningIdentityProviders, startIdentityProviders } from "./server.js";
import { providerDiscoveryUrl, providerJwksUri } from "./urls.js";

/** Where the console would be: nothing listens there, the flow stops at the redirect to it. */
const CONSOLE = "http://127.0.0.1:4999";
const REDIRECT_URI = `${CONSOLE}/console/signed-in`;
const SIGNED_OUT = `${CONSOLE}/console/signed-out`;

/** A browser without a browser: cookies kept per name, redirects followed by hand. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, value] = [pair!.slice(0, pair!.indexOf("=")), pair!.slice(pair!.indexOf("=") + 1)];
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  /** Follows redirects until one leaves the provider (to the console) or a page is shown. */
  async follow(url: string, init?: RequestInit): Promise<{ url: string; response?: Response }> {
    let response = await this.request(url, init);
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get("location");
      if (!location) return { url, response };
      url = new URL(location, url).href;
      if (url.startsWith(CONSOLE)) return { url };
      response = await this.request(url);
    }
    throw new Error("too many redirects");
  }

  postForm(url: string, fields: Record<string, string>) {
    return this.follow(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
  }
}

function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function authorizeUrl(issuer: string, challenge: string, state: string): string {
  const params = new URLSearchParams({
    client_id: "hub-console",
    response_type: "code",
    redirect_uri: REDIRECT_URI,
    scope: "openid profile",
    code_challenge: challenge,
    code_challenge_method: "S256",
    state,
    nonce: randomBytes(8).toString("hex"),
  });
  return `${issuer}/auth?${params}`;
}

const formAction = (html: string, index = 0) => [...html.matchAll(/<form[^>]* method="post" action="([^"]+)"/g)][index]![1]!.replace(/&amp;/g, "&");

describe("the dev identity providers (one OpenID provider per participant)", () => {
  let idp: RunningIdentityProviders;
  let dir: string;
  let jp: string;
  let registry: IssuerRegistry;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hub-idp-"));
    idp = await startIdentityProviders({
      port: 0,
      participants: [{ code: "JP", name: "Japan" }, { code: "BOARD", name: "International review board" }],
      issuersDir: dir,
      audience: "ai-safety-hub",
      consoleBaseUrl: CONSOLE,
      accessTokenTtlSeconds: 120,
    });
    jp = idp.issuers.find((i) => i.participant === "JP")!.issuer;
    const config = parseHubConfig(
      {
        board: { url: "http://127.0.0.1:1/graphql" },
        countries: [{ code: "JP", url: "http://127.0.0.1:2/graphql" }],
        issuers: idp.issuers.map(({ participant, issuer }) => ({ participant, issuer, jwksUri: providerJwksUri(issuer) })),
      },
      dir,
    );
    registry = IssuerRegistry.fromConfig(config);
  });

  afterAll(async () => {
    await idp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** authorize -> login page -> (password) -> consent, granted -> the console's redirect URI. */
  async function signIn(browser: Browser, username: string, password = "demo", issuer = jp) {
    const { verifier, challenge } = pkce();
    const state = randomBytes(8).toString("hex");
    const login = await browser.follow(authorizeUrl(issuer, challenge, state));
    const page = await login.response!.text();
    const done = await browser.postForm(new URL(formAction(page), issuer).href, { username, password });
    return { verifier, state, loginPage: page, done };
  }

  async function token(fields: Record<string, string>, issuer = jp) {
    const response = await fetch(`${issuer}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: CONSOLE },
      body: new URLSearchParams({ client_id: "hub-console", ...fields }).toString(),
    });
    return { response, body: (await response.json()) as Record<string, string> };
  }

  it("publishes discovery for each participant at its own issuer", async () => {
    const discovery = (await (await fetch(providerDiscoveryUrl(jp))).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: jp,
      jwks_uri: providerJwksUri(jp),
      authorization_endpoint: `${jp}/auth`,
      token_endpoint: `${jp}/token`,
      end_session_endpoint: `${jp}/session/end`,
      code_challenge_methods_supported: ["S256"],
    });
    const jwks = (await (await fetch(providerJwksUri(jp))).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
    // Kept in the data folder for the next start, readable by its owner only.
    expect(statSync(join(dir, "JP", "private.jwk.json")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "JP", "oidc-cookie-keys.json")).mode & 0o777).toBe(0o600);
  });

  it("signs a demo user in with the code flow and PKCE, and the hub accepts the access token", async () => {
    const browser = new Browser();
    const { verifier, state, loginPage, done } = await signIn(browser, "jp-regulator");
    for (const user of ["jp-regulator", "jp-negotiator", "jp-auditor"]) expect(loginPage).toContain(user);
    expect(loginPage).toMatch(/<label for="username">/);
    expect(loginPage).toContain(">Sign in</button>");
    expect(loginPage).toContain(">Cancel</button>");

    const callback = new URL(done.url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe(state);
    expect(callback.searchParams.get("iss")).toBe(jp);
    const code = callback.searchParams.get("code")!;

    // Without the verifier the code is refused (PKCE), and a code is good once.
    expect((await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: pkce().verifier })).body.error).toBe("invalid_grant");
    const { verifier: v2, done: done2 } = await signIn(new Browser(), "jp-regulator");
    const granted = await token({ grant_type: "authorization_code", code: new URL(done2.url).searchParams.get("code")!, redirect_uri: REDIRECT_URI, code_verifier: v2 });
    expect(verifier).not.toBe(v2);
    expect(granted.response.status).toBe(200);
    expect(granted.response.headers.get("access-control-allow-origin")).toBe(CONSOLE);
    expect(granted.body).toMatchObject({ token_type: "Bearer", expires_in: 120 });
    expect(granted.body.refresh_token).toBeTruthy();
    expect(granted.body.id_token).toBeTruthy();

    const accessToken = granted.body.access_token!;
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: "ES256", typ: "at+jwt" });
    const claims = decodeJwt(accessToken);
    expect(claims).toMatchObject({ iss: jp, sub: "jp-regulator", aud: "ai-safety-hub", country: "JP", roles: ["regulator"], scope: "", client_id: "hub-console" });
    expect(claims.exp! - claims.iat!).toBe(120);
    expect(await verifyAccessToken(accessToken, registry)).toMatchObject({ country: "JP", subject: "jp-regulator", roles: ["regulator"], scopes: [] });
    // The ID token is for the console, not the hub: its audience is the client.
    await expect(verifyAccessToken(granted.body.id_token, registry)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("asks only for the hub's scopes a client names, and the token carries them", async () => {
    const browser = new Browser();
    const { verifier, challenge } = pkce();
    const url = authorizeUrl(jp, challenge, "s").replace("scope=openid+profile", "scope=openid+records%3Aread+grants%3Aread");
    const login = await browser.follow(url);
    const done = await browser.postForm(new URL(formAction(await login.response!.text()), jp).href, { username: "jp-auditor", password: "demo" });
    const { body } = await token({ grant_type: "authorization_code", code: new URL(done.url).searchParams.get("code")!, redirect_uri: REDIRECT_URI, code_verifier: verifier });
    expect(decodeJwt(body.access_token!)).toMatchObject({ roles: ["auditor"], scope: "records:read grants:read" });
  });

  it("gives the board's analyst a token from the board's own provider", async () => {
    const board = idp.issuers.find((i) => i.participant === "BOARD")!.issuer;
    const { verifier, loginPage, done } = await signIn(new Browser(), "board-analyst", "demo", board);
    expect(loginPage).toContain("board-analyst");
    expect(loginPage).not.toContain("jp-regulator");
    const { body } = await token({ grant_type: "authorization_code", code: new URL(done.url).searchParams.get("code")!, redirect_uri: REDIRECT_URI, code_verifier: verifier }, board);
    expect(await verifyAccessToken(body.access_token, registry)).toMatchObject({ country: "BOARD", roles: ["analyst"] });
  });

  it("refuses a wrong password on the page, saying no more than the list of demo users does", async () => {
    const browser = new Browser();
    const wrong = await signIn(browser, "jp-regulator", "nope");
    expect(wrong.done.response!.status).toBe(200);
    const page = await wrong.done.response!.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain("The user name or the password is not right.");
    const unknown = await browser.postForm(new URL(formAction(page), jp).href, { username: "jp-president", password: "demo" });
    expect(await unknown.response!.text()).toContain("The user name or the password is not right.");
    // A user of another participant is not one of JP's.
    const other = await signIn(new Browser(), "board-analyst");
    expect(await other.done.response!.text()).toContain("The user name or the password is not right.");
  });

  it("ends a cancelled sign-in with access_denied back to the console", async () => {
    const browser = new Browser();
    const { challenge } = pkce();
    const login = await browser.follow(authorizeUrl(jp, challenge, "cancelled"));
    const cancelled = await browser.postForm(new URL(formAction(await login.response!.text(), 1), jp).href, {});
    const callback = new URL(cancelled.url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe("cancelled");
    expect(callback.searchParams.get("code")).toBeNull();
  });

  it("renews the access token with a refresh token, rotating it", async () => {
    const { verifier, done } = await signIn(new Browser(), "jp-negotiator");
    const first = await token({ grant_type: "authorization_code", code: new URL(done.url).searchParams.get("code")!, redirect_uri: REDIRECT_URI, code_verifier: verifier });
    const renewed = await token({ grant_type: "refresh_token", refresh_token: first.body.refresh_token! });
    expect(renewed.response.status).toBe(200);
    expect(renewed.body.access_token).not.toBe(first.body.access_token);
    expect(renewed.body.refresh_token).not.toBe(first.body.refresh_token);
    expect(await verifyAccessToken(renewed.body.access_token, registry)).toMatchObject({ country: "JP", subject: "jp-negotiator", roles: ["negotiator"] });
    // The used refresh token is spent, and using it again (a stolen copy) revokes the grant: the
    // renewed one stops working too.
    expect((await token({ grant_type: "refresh_token", refresh_token: first.body.refresh_token! })).body.error).toBe("invalid_grant");
    expect((await token({ grant_type: "refresh_token", refresh_token: renewed.body.refresh_token! })).body.error).toBe("invalid_grant");
  });

  it("signs out at the provider (RP-initiated logout): back to the console, and the session is gone", async () => {
    const browser = new Browser();
    const { verifier, done } = await signIn(browser, "jp-regulator");
    const { body } = await token({ grant_type: "authorization_code", code: new URL(done.url).searchParams.get("code")!, redirect_uri: REDIRECT_URI, code_verifier: verifier });
    const end = new URLSearchParams({ id_token_hint: body.id_token!, post_logout_redirect_uri: SIGNED_OUT, state: "bye" });
    const confirm = await browser.follow(`${jp}/session/end?${end}`);
    const page = await confirm.response!.text();
    expect(page).toContain("<h1>Sign out of Japan</h1>");
    expect(page).toContain(">Sign out</button>");
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)![1]!;
    const signedOut = await browser.postForm(new URL(formAction(page), jp).href, { xsrf, logout: "yes" });
    expect(signedOut.url).toBe(`${SIGNED_OUT}?state=bye`);
    // The session's refresh token is revoked with it, and the next sign-in asks for a password again.
    expect((await token({ grant_type: "refresh_token", refresh_token: body.refresh_token! })).body.error).toBe("invalid_grant");
    const again = await browser.follow(authorizeUrl(jp, pkce().challenge, "again"));
    expect(await again.response!.text()).toContain('<label for="password">');
  });

  it("signs with the participant's one dev key: a token from the token command verifies as the provider's", async () => {
    const issuer = loadDevIssuer(dir, "JP", jp);
    const fromCommand = await signDevToken(issuer, { roles: ["auditor"] });
    expect(decodeProtectedHeader(fromCommand)).toMatchObject({ typ: "at+jwt" });
    expect(await verifyAccessToken(fromCommand, registry)).toMatchObject({ country: "JP", roles: ["auditor"] });
  });
});
