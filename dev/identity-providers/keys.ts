import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JWK } from "jose";
import { ensureDevIssuer } from "../dev-issuers.js";

export interface ProviderKeys {
  /** The provider's signing keys (private JWKs), as oidc-provider's `jwks` option takes them. */
  jwks: { keys: JWK[] };
  /** Keys the provider signs its cookies with (Koa's keygrip): kept, so sessions survive a restart of the process. */
  cookieKeys: string[];
}

/**
 * A participant's provider signs with the participant's one dev key (`<issuersDir>/<CODE>/private.jwk.json`,
 * ES256, made on first start, mode 0600): the same key the token command and the bench sign with. One
 * key and one issuer per participant, so a token from any of them is a token from that participant's
 * provider, and tokens survive restarts.
 */
export async function providerKeys(issuersDir: string, participant: string, issuer: string): Promise<ProviderKeys> {
  const { privateKey } = await ensureDevIssuer(issuersDir, participant, issuer);
  return {
    jwks: { keys: [{ ...privateKey, use: "sig" }] },
    cookieKeys: cookieKeys(join(issuersDir, participant)),
  };
}

function cookieKeys(home: string): string[] {
  const file = join(home, "oidc-cookie-keys.json");
  if (!existsSync(file)) {
    mkdirSync(home, { recursive: true });
    writeFileSync(file, JSON.stringify([randomBytes(32).toString("base64url")]), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return JSON.parse(readFileSync(file, "utf8")) as string[];
}
