import type { DataSource } from "typeorm";
import { AccessLogEntry } from "./access-log-entry.js";
import { chainHash, GENESIS_HASH } from "./chain.js";

export interface ChainReport {
  valid: boolean;
  entries: number;
  /** Hash of the last entry (the genesis hash for an empty log). */
  head: string;
  /** First position where the chain does not hold: an edited, removed or reordered entry. */
  brokenAt: number | null;
}

const BATCH = 1000;

/** Recomputes the whole chain from the first entry, in batches. */
export async function verifyChain(db: DataSource): Promise<ChainReport> {
  const repository = db.getRepository(AccessLogEntry);
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const batch = await repository
      .createQueryBuilder("e")
      .where("e.seq >= :from", { from: expectedSeq })
      .orderBy("e.seq", "ASC")
      .limit(BATCH)
      .getMany();
    for (const entry of batch) {
      if (entry.seq !== expectedSeq || entry.prevHash !== previous || entry.hash !== chainHash(previous, entry)) {
        return { valid: false, entries: await repository.count(), head: previous, brokenAt: expectedSeq };
      }
      previous = entry.hash;
      expectedSeq += 1;
    }
    entries += batch.length;
    if (batch.length < BATCH) break;
  }
  return { valid: true, entries, head: previous, brokenAt: null };
}
