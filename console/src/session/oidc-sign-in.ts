import type { User, UserManager } from "oidc-client-ts";
import type { SignInProvider } from "./oidc-providers";

/**
 * "Sign in with your country": the authorization code flow with PKCE at the participant's own identity
 * provider (oidc-client-ts). Everything it keeps (the chosen provider, the flow's state, the user with
 * its tokens) lives in this tab's sessionStorage, never in localStorage. The library loads only when a
 * sign-in starts or a session signed in this way is restored: the first view does not carry it.
 */
const PROVIDER_KEY = "hub.session.oidc-provider";

/** Renewal (by refresh token, no iframe) starts this long before the access token expires. */
export const RENEW_SECONDS_BEFORE_EXPIRY = 10;

let current: { provider: SignInProvider; manager: UserManager } | undefined;

async function managerFor(provider: SignInProvider): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  if (current && current.provider.issuer === provider.issuer && current.provider.clientId === provider.clientId) return current.manager;
  current?.manager.stopSilentRenew();
  const origin = window.location.origin;
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  const manager = new UserManager({
    authority: provider.issuer,
    metadataUrl: provider.discoveryUrl,
    client_id: provider.clientId,
    redirect_uri: `${origin}/console/signed-in`,
    post_logout_redirect_uri: `${origin}/console/signed-out`,
    scope: provider.scopes.join(" ") || "openid",
    response_type: "code",
    userStore: store,
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_SECONDS_BEFORE_EXPIRY,
    loadUserInfo: false,
  });
  current = { provider, manager };
  return manager;
}

export function chosenProvider(): SignInProvider | undefined {
  try {
    const kept = sessionStorage.getItem(PROVIDER_KEY);
    return kept ? (JSON.parse(kept) as SignInProvider) : undefined;
  } catch {
    return undefined;
  }
}

/** The UserManager of the provider this tab signed in with (it renews the token), if any. */
export async function activeSignIn(): Promise<{ provider: SignInProvider; manager: UserManager } | undefined> {
  const provider = chosenProvider();
  return provider ? { provider, manager: await managerFor(provider) } : undefined;
}

/** Leaves for the provider's login page; comes back at /signed-in, then goes on to `returnTo`. */
export async function startSignIn(provider: SignInProvider, returnTo: string): Promise<void> {
  sessionStorage.setItem(PROVIDER_KEY, JSON.stringify(provider));
  await (await managerFor(provider)).signinRedirect({ state: { returnTo } });
}

const callbacks = new Map<string, Promise<{ user: User; returnTo: string }>>();

/** Finishes the flow on /signed-in (once per callback URL, however often React renders the page). */
export function completeSignIn(url = window.location.href): Promise<{ user: User; returnTo: string }> {
  let done = callbacks.get(url);
  if (!done) {
    const provider = chosenProvider();
    done = provider
      ? managerFor(provider)
          .then((manager) => manager.signinRedirectCallback(url))
          .then((user) => ({ user, returnTo: returnToOf(user.state) }))
      : Promise.reject(new Error("this tab did not start a sign-in (it may have been started in another tab)"));
    callbacks.set(url, done);
  }
  return done;
}

function returnToOf(state: unknown): string {
  const returnTo = (state as { returnTo?: unknown } | undefined)?.returnTo;
  // Only a path inside the console: never an address elsewhere.
  return typeof returnTo === "string" && returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
}

/** Forgets the provider's user here (no more renewal), without signing out at the provider. */
export async function forgetSignIn(): Promise<void> {
  const active = chosenProvider() ? await activeSignIn() : undefined;
  sessionStorage.removeItem(PROVIDER_KEY);
  if (!active) return;
  active.manager.stopSilentRenew();
  await active.manager.removeUser();
}

/**
 * Signs out at the provider too (RP-initiated logout with the ID token as the hint), landing on
 * /signed-out. False when this tab did not sign in through a provider (a pasted token).
 */
export async function signOutAtProvider(): Promise<boolean> {
  const active = await activeSignIn();
  if (!active) return false;
  const user = await active.manager.getUser();
  sessionStorage.removeItem(PROVIDER_KEY);
  active.manager.stopSilentRenew();
  if (!user) {
    await active.manager.removeUser();
    return false;
  }
  await active.manager.signoutRedirect({ id_token_hint: user.id_token });
  return true;
}
