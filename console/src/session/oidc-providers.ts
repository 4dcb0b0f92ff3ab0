// The gateway's answer is the hub's own type: a change to it fails the console's typecheck.
import type { SignInProvider } from "../../../shared/config/sign-in-providers";

export type { SignInProvider };

/** The participants a person can sign in with: one per issuer with an OpenID Connect entry in the hub config. */
export async function fetchSignInProviders(): Promise<SignInProvider[]> {
  const response = await fetch("/sign-in/providers");
  if (!response.ok) throw new Error(`The hub did not list its identity providers (HTTP ${response.status}).`);
  return (await response.json()) as SignInProvider[];
}

/** Where the provider lives, as a person recognises it: its host (and port). */
export function providerHost(provider: SignInProvider): string {
  try {
    return new URL(provider.issuer).host;
  } catch {
    return provider.issuer;
  }
}
