import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { CompactSign, calculateJwkThumbprint, compactVerify, type JWK } from "jose";
import type { DataSource } from "typeorm";
import { GENESIS_HASH } from "../access-log/chain.js";

/**
 * The access log's head, signed with the country's key and published outside the database (a GraphQL
 * field for the owner's regulators and auditors, a JSON-lines file): a superuser who rewrites the whole
 * chain consistently, triggers off, still cannot match a head published before the edit.
 */
export interface AccessLogHead {
  country: string;
  /** Position of the last entry (0 for an empty log). */
  seq: number;
  /** Its hash (the genesis hash for an empty log). */
  hash: string;
  /** When the head was read and signed (ISO 8601). */
  at: string;
}

export interface SignedAccessLogHead extends AccessLogHead {
  /** RFC 7638 thumbprint of the public key (GET /access-log-head/jwks.json). */
  kid: string;
  /** Compact JWS (ES256) whose payload is the head as JSON. */
  jws: string;
}

export const HEAD_ALGORITHM = "ES256";
export const HEAD_TYPE = "access-log-head+json";
/** Where a national subgraph publishes the public key of its head signatures (public, like any JWKS). */
export const ACCESS_LOG_HEAD_JWKS_PATH = "/access-log-head/jwks.json";

/** Reads only the last entry's position and hash, whatever else the log's rows hold. */
export async function readAccessLogHead(db: DataSource): Promise<{ seq: number; hash: string }> {
  const [row] = (await db.query(`SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1`)) as { seq: string; hash: string }[];
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** The hash the entry at `seq` holds now, or null if there is none. */
export async function hashAt(db: DataSource, seq: number): Promise<string | null> {
  if (seq === 0) return GENESIS_HASH;
  const [row] = (await db.query(`SELECT hash FROM access_log WHERE seq = $1`, [seq])) as { hash: string }[];
  return row?.hash ?? null;
}

/** The country's head-signing key: a P-256 private key, as a JWK or a PKCS#8 PEM file. */
export class AccessLogHeadSigner {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
    readonly publicJwk: JWK,
  ) {}

  static async fromFile(path: string): Promise<AccessLogHeadSigner> {
    const text = readFileSync(path, "utf8").trim();
    const privateKey = text.startsWith("{")
      ? createPrivateKey({ key: JSON.parse(text) as import("node:crypto").JsonWebKey, format: "jwk" })
      : createPrivateKey(text);
    if (privateKey.asymmetricKeyType !== "ec" || privateKey.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
      throw new Error(`${path} is not a P-256 (ES256) private key.`);
    }
    const publicKey = createPublicKey(privateKey);
    const jwk = publicKey.export({ format: "jwk" }) as JWK;
    const kid = await calculateJwkThumbprint(jwk);
    return new AccessLogHeadSigner(privateKey, publicKey, { ...jwk, kid, alg: HEAD_ALGORITHM, use: "sig" });
  }

  get kid(): string {
    return this.publicJwk.kid!;
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  async sign(head: AccessLogHead): Promise<SignedAccessLogHead> {
    const payload = new TextEncoder().encode(JSON.stringify({ country: head.country, seq: head.seq, hash: head.hash, at: head.at }));
    const jws = await new CompactSign(payload).setProtectedHeader({ alg: HEAD_ALGORITHM, kid: this.kid, typ: HEAD_TYPE }).sign(this.privateKey);
    return { ...head, kid: this.kid, jws };
  }

  /** The head a JWS carries, if this key signed it; throws otherwise. */
  async verify(jws: string): Promise<AccessLogHead> {
    const { payload, protectedHeader } = await compactVerify(jws, this.publicKey, { algorithms: [HEAD_ALGORITHM] });
    if (protectedHeader.typ !== HEAD_TYPE) throw new Error("not an access-log head");
    const head = JSON.parse(new TextDecoder().decode(payload)) as AccessLogHead;
    if (typeof head.country !== "string" || !Number.isSafeInteger(head.seq) || head.seq < 0 || typeof head.hash !== "string" || typeof head.at !== "string") {
      throw new Error("malformed access-log head");
    }
    return head;
  }
}

/** Reads the head now and signs it. */
export async function signHead(db: DataSource, country: string, signer: AccessLogHeadSigner, now = new Date()): Promise<SignedAccessLogHead> {
  const { seq, hash } = await readAccessLogHead(db);
  return signer.sign({ country, seq, hash, at: now.toISOString() });
}

export interface HeadCheck {
  /** The log still holds, at the published position, the hash that was published. */
  valid: boolean;
  published: AccessLogHead;
  /** The hash at the published position now (null: the entry is gone). */
  currentHash: string | null;
  reason: string | null;
}

/**
 * Compares the log with a head it published earlier. Each entry's hash covers every earlier entry, so
 * an unchanged hash at the published position means no entry up to it was edited, removed or
 * reordered (given that the chain itself verifies: `accessLogIntegrity`); a rewritten chain, however
 * consistent, ends in another hash.
 */
export async function checkAgainstHead(db: DataSource, published: AccessLogHead): Promise<HeadCheck> {
  const currentHash = await hashAt(db, published.seq);
  if (currentHash === null) {
    return { valid: false, published, currentHash, reason: `the entry at ${published.seq} is gone: the log was cut or rewritten after ${published.at}.` };
  }
  if (currentHash !== published.hash) {
    return { valid: false, published, currentHash, reason: `the entry at ${published.seq} no longer has the published hash: the log up to it was rewritten after ${published.at}.` };
  }
  return { valid: true, published, currentHash, reason: null };
}
