import { createHash } from "node:crypto";

export type EntryKind = "READ" | "COUNT";

/**
 * One access-log entry as it is hashed: the fields in a fixed order, nothing derived.
 * Version 1 entries (before reads were grouped) name one record; version 2 entries name the records
 * returned (READ) or what was counted (COUNT). Each version keeps its own canonical form, so that the
 * entries written before the change still verify.
 */
export interface ChainedFields {
  seq: number;
  at: Date;
  callerCountry: string;
  callerSubject: string;
  callerRole: string;
  recordKind: string;
  recordId: string | null;
  grantId: string | null;
  operationHash: string;
  chainVersion: number;
  entryKind: EntryKind;
  recordIds: string[] | null;
  grantIds: string[] | null;
  counted: number | null;
  filterHash: string | null;
}

export const GENESIS_HASH = "0".repeat(64);
export const CHAIN_VERSION = 2;

export function canonicalEntry(entry: ChainedFields): string {
  const v1 = [
    entry.seq,
    entry.at.toISOString(),
    entry.callerCountry,
    entry.callerSubject,
    entry.callerRole,
    entry.recordKind,
    entry.recordId,
    entry.grantId,
    entry.operationHash,
  ];
  if (entry.chainVersion === 1) return JSON.stringify(v1);
  return JSON.stringify(["v2", ...v1, entry.entryKind, entry.recordIds, entry.grantIds, entry.counted, entry.filterHash]);
}

/** Each entry's hash covers the previous hash and the canonical entry, so an edit breaks every later link. */
export function chainHash(previousHash: string, entry: ChainedFields): string {
  return createHash("sha256").update(previousHash).update("\n").update(canonicalEntry(entry)).digest("hex");
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
