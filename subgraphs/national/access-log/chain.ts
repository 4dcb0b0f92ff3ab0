import { createHash } from "node:crypto";

/** One access-log entry as it is hashed: the fields in a fixed order, nothing derived. */
export interface ChainedFields {
  seq: number;
  at: Date;
  callerCountry: string;
  callerSubject: string;
  callerRole: string;
  recordKind: string;
  recordId: string;
  grantId: string | null;
  operationHash: string;
}

export const GENESIS_HASH = "0".repeat(64);

export function canonicalEntry(entry: ChainedFields): string {
  return JSON.stringify([
    entry.seq,
    entry.at.toISOString(),
    entry.callerCountry,
    entry.callerSubject,
    entry.callerRole,
    entry.recordKind,
    entry.recordId,
    entry.grantId,
    entry.operationHash,
  ]);
}

/** Each entry's hash covers the previous hash and the canonical entry, so an edit breaks every later link. */
export function chainHash(previousHash: string, entry: ChainedFields): string {
  return createHash("sha256").update(previousHash).update("\n").update(canonicalEntry(entry)).digest("hex");
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
