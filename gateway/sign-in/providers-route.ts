import type { HubConfig } from "../../shared/config/hub-config.js";
import { signInProviders } from "../../shared/config/sign-in-providers.js";
import type { RouteHandler } from "../../shared/service/plain-routes.js";

export const SIGN_IN_PROVIDERS_PATH = "/sign-in/providers";

/**
 * The console's "Sign in with your country" list. Public: it is read before anyone has a token, and
 * holds only what a sign-in shows every browser anyway. Read from the live config on every request,
 * so a participant added on SIGHUP is offered at once.
 */
export function signInProvidersRoute(config: () => HubConfig): RouteHandler {
  return () => ({ status: 200, body: signInProviders(config()) });
}
