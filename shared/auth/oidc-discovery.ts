import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

export interface DiscoveryOptions {
  /** Bound on one fetch of the discovery document. */
  timeoutMs: number;
  /**
   * After a failed discovery, no new attempt for this long: tokens naming the issuer meanwhile are
   * refused at once. Anyone can send tokens naming any registered issuer, so without this a flood
   * of them would turn the hub into a relay hammering an unreachable provider.
   */
  retryAfterMs: number;
  /** After a JWKS fetch, no refetch for this long (an unknown `kid` waits): jose's `cooldownDuration`. */
  jwksCooldownMs: number;
}

export const DEFAULT_DISCOVERY: DiscoveryOptions = { timeoutMs: 5_000, retryAfterMs: 30_000, jwksCooldownMs: 60_000 };

/** Real discovery documents are a few kilobytes; a provider gone wrong must not fill the hub's memory. */
const MAX_DOCUMENT_BYTES = 64 * 1024;

/**
 * The keys of an OpenID provider known by its discovery document: fetched on first use (a service
 * starts even while a provider is down), cached, and shared by concurrent first requests. The keys
 * then come from the document's `jwks_uri` through jose, which follows key rotation.
 *
 * Every URL fetched comes from the hub config (`discoveryUrl`) or from the document the configured
 * provider serves there (`jwks_uri`): nothing in a token (`jku`, `x5u`, `iss`) ever names a URL.
 */
export function discoveredKeys(issuer: string, discoveryUrl: string, options: DiscoveryOptions, now: () => number = Date.now): JWTVerifyGetKey {
  let keys: JWTVerifyGetKey | undefined;
  let pending: Promise<JWTVerifyGetKey> | undefined;
  let failure: { at: number; reason: string } | undefined;

  const discover = async (): Promise<JWTVerifyGetKey> => {
    try {
      const jwksUri = await fetchJwksUri(issuer, discoveryUrl, options.timeoutMs);
      failure = undefined;
      return createRemoteJWKSet(jwksUri, { cooldownDuration: options.jwksCooldownMs, timeoutDuration: options.timeoutMs });
    } catch (error) {
      failure = { at: now(), reason: (error as Error).message };
      throw error;
    } finally {
      pending = undefined;
    }
  };

  return async (header, token) => {
    if (!keys) {
      if (!pending && failure && now() - failure.at < options.retryAfterMs) {
        throw new Error(`discovery of ${issuer} failed ${now() - failure.at} ms ago, not retried yet: ${failure.reason}`);
      }
      // Concurrent first tokens share one fetch.
      keys = await (pending ??= discover());
    }
    return keys(header, token);
  };
}

/** Fetches the discovery document and returns its `jwks_uri`, once the document has proved it speaks for `issuer`. */
export async function fetchJwksUri(issuer: string, discoveryUrl: string, timeoutMs: number): Promise<URL> {
  // Not following redirects, as jose does for the JWKS: the config names the document's address.
  const response = await fetch(discoveryUrl, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
  if (response.status !== 200) throw new Error(`discovery document ${discoveryUrl} answered ${response.status}`);
  const text = await response.text();
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) throw new Error(`discovery document ${discoveryUrl} is larger than ${MAX_DOCUMENT_BYTES} bytes`);
  return jwksUriOf(parseDocument(text, discoveryUrl), issuer, discoveryUrl);
}

function parseDocument(text: string, discoveryUrl: string): Record<string, unknown> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new Error(`discovery document ${discoveryUrl} is not JSON`);
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) throw new Error(`discovery document ${discoveryUrl} is not a JSON object`);
  return document as Record<string, unknown>;
}

/**
 * OpenID Connect Discovery 1.0 section 4.3: the document's `issuer` must be exactly the issuer it
 * was fetched for. Otherwise one provider's document (or one that an attacker managed to place at the
 * configured address) could lend its keys to another participant's issuer: a mix-up.
 */
function jwksUriOf(document: Record<string, unknown>, issuer: string, discoveryUrl: string): URL {
  if (document.issuer !== issuer) throw new Error(`discovery document ${discoveryUrl} names issuer ${String(document.issuer)}, not ${issuer}`);
  if (typeof document.jwks_uri !== "string" || !URL.canParse(document.jwks_uri)) throw new Error(`discovery document ${discoveryUrl} has no jwks_uri`);
  const jwksUri = new URL(document.jwks_uri);
  const secure = new URL(discoveryUrl).protocol === "https:";
  // Keys fetched in the clear would undo the TLS the document came over.
  if (jwksUri.protocol !== "https:" && (secure || jwksUri.protocol !== "http:")) {
    throw new Error(`discovery document ${discoveryUrl} has a jwks_uri that is not ${secure ? "https" : "http(s)"}: ${jwksUri.href}`);
  }
  return jwksUri;
}
