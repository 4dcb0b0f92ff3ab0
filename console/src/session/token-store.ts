/**
 * The bearer token lives in this tab's sessionStorage: it survives a reload but not the tab, and is never
 * written to localStorage, where it would outlive the session and be shared with every other tab.
 */
const KEY = "hub.session.token";

export function loadToken(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

/** A pasted value: "Bearer abc" and surrounding whitespace are accepted; anything else is not a JWT. */
export function normaliseToken(pasted: string): string | undefined {
  const token = pasted.trim().replace(/^Bearer\s+/i, "");
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token) ? token : undefined;
}
