import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { DEFAULT_AUDIENCE } from "../shared/config/hub-config.js";

/**
 * Local identity providers for development and tests: one ES256 key pair per participant, generated on
 * first use and kept on disk, so that tokens survive restarts. In production each country runs its own
 * identity provider and the hub only ever sees its public keys.
 */
export interface DevIssuer {
  participant: string;
  issuer: string;
  privateKey: JWK;
  jwksFile: string;
}

export const DEV_ALGORITHM = "ES256";

export function devIssuerUrl(baseUrl: string, participant: string): string {
  return `${baseUrl}/dev-issuers/${participant}`;
}

function issuerFiles(dir: string, participant: string) {
  const home = join(dir, participant);
  return { home, privateFile: join(home, "private.jwk.json"), jwksFile: join(home, "jwks.json") };
}

/** An existing dev issuer; fails if its keys were never generated (a token from new keys would not verify). */
export function loadDevIssuer(dir: string, participant: string, issuer: string): DevIssuer {
  const { privateFile, jwksFile } = issuerFiles(dir, participant);
  if (!existsSync(privateFile)) throw new Error(`No dev issuer keys for ${participant} in ${dir}: run \`npm start\` first.`);
  return { participant, issuer, privateKey: JSON.parse(readFileSync(privateFile, "utf8")) as JWK, jwksFile };
}

export async function ensureDevIssuer(dir: string, participant: string, issuer: string): Promise<DevIssuer> {
  const { home, privateFile, jwksFile } = issuerFiles(dir, participant);
  if (!existsSync(privateFile)) {
    mkdirSync(home, { recursive: true });
    const { privateKey, publicKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: DEV_ALGORITHM };
    writeFileSync(privateFile, JSON.stringify(privateJwk, null, 2), { mode: 0o600 });
    chmodSync(privateFile, 0o600);
    writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...publicJwk, kid, alg: DEV_ALGORITHM, use: "sig" }] }, null, 2));
  }
  return loadDevIssuer(dir, participant, issuer);
}

export interface TokenRequest {
  roles: string[];
  subject?: string;
  scopes?: string[];
  /** Seconds until expiry; negative for an already expired token (tests). */
  expiresInSeconds?: number;
  /** Claims that override anything else, for tests of bad tokens. */
  claims?: Record<string, unknown>;
  audience?: string;
}

export async function signDevToken(issuer: DevIssuer, request: TokenRequest): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    iss: issuer.issuer,
    sub: request.subject ?? `${issuer.participant.toLowerCase()}-${request.roles[0] ?? "user"}`,
    aud: request.audience ?? DEFAULT_AUDIENCE,
    country: issuer.participant,
    roles: request.roles,
    scope: (request.scopes ?? []).join(" "),
    iat: now,
    exp: now + (request.expiresInSeconds ?? 3600),
    ...request.claims,
  };
  const key = await importJWK(issuer.privateKey, DEV_ALGORITHM);
  return new SignJWT(payload).setProtectedHeader({ alg: DEV_ALGORITHM, kid: issuer.privateKey.kid, typ: "at+jwt" }).sign(key);
}

/** Parses `1h`, `30m`, `-5m`, `90s`, `2d` or a plain number of seconds. */
export function parseDuration(text: string): number {
  const match = /^(-?\d+)([smhd]?)$/.exec(text.trim());
  if (!match) throw new Error(`Invalid duration "${text}": use e.g. 1h, 30m, -5m, 90s`);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as "" | "s" | "m" | "h" | "d"];
  return Number(match[1]) * unit;
}

/**
 * The key a country's national subgraph signs its access log's head with (HUB_ACCESS_LOG_SIGNING_KEY):
 * a P-256 private JWK beside the country's dev issuer, made on first use. In production it is the
 * country's own key, held wherever it holds its other signing keys.
 */
export async function ensureAccessLogHeadKey(dir: string, participant: string): Promise<string> {
  const home = join(dir, participant);
  const file = join(home, "access-log-head.private.jwk.json");
  if (!existsSync(file)) {
    mkdirSync(home, { recursive: true });
    const { privateKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
    writeFileSync(file, JSON.stringify({ ...(await exportJWK(privateKey)), alg: DEV_ALGORITHM }, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return file;
}
