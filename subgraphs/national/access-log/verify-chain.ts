import type { DataSource } from "typeorm";
import { AccessLogEntry } from "./access-log-entry.js";
import { type ChainedFields, chainHash, GENESIS_HASH } from "./chain.js";

export interface ChainReport {
  valid: boolean;
  entries: number;
  /** Hash of the last entry (the genesis hash for an empty log). */
  head: string;
  /** First position where the chain does not hold: an edited, removed or reordered entry. */
  brokenAt: number | null;
  /** The verified checkpoint the check started from (0: the genesis). */
  from: number;
}

interface Checkpoint {
  seq: number;
  hash: string;
}

const BATCH = 5000;

/**
 * Checks the hash chain. By default from the last verified checkpoint: the checkpointed entry must
 * still hash to what was verified, and every later entry must follow from it; the cost is that of the
 * entries added since the last check, not of the whole log. A rewrite before the checkpoint that
 * recomputes the later hashes changes the checkpointed hash and is found too; an edit before the
 * checkpoint that leaves the hashes alone is found by `full` (from the genesis), as is any removal.
 * A successful check records a new checkpoint at the head (insert only: checkpoints are append-only).
 */
export async function verifyChain(db: DataSource, options: { full?: boolean } = {}): Promise<ChainReport> {
  const checkpoint = options.full ? null : await lastCheckpoint(db);
  if (checkpoint) {
    const entry = await db.getRepository(AccessLogEntry).findOneBy({ seq: checkpoint.seq });
    if (!entry || entry.hash !== checkpoint.hash || chainHash(entry.prevHash, entry) !== entry.hash) {
      // Something before or at the checkpoint changed: find where, from the genesis.
      const full = await walk(db, null);
      return full.valid ? { ...full, valid: false, brokenAt: checkpoint.seq } : full;
    }
  }
  const report = await walk(db, checkpoint);
  if (report.valid && report.entries > (checkpoint?.seq ?? 0)) {
    await db.query(`INSERT INTO access_log_checkpoint (seq, hash, verified_at) VALUES ($1, $2, now()) ON CONFLICT (seq) DO NOTHING`, [
      report.entries,
      report.head,
    ]);
  }
  return report;
}

async function lastCheckpoint(db: DataSource): Promise<Checkpoint | null> {
  const [row] = (await db.query(`SELECT seq, hash FROM access_log_checkpoint ORDER BY seq DESC LIMIT 1`)) as { seq: string; hash: string }[];
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/** The columns a hash covers, read raw: hydrating entities would cost more than the hashing. */
const ENTRY_SQL = `SELECT seq, at, caller_country AS "callerCountry", caller_subject AS "callerSubject", caller_role AS "callerRole",
  record_kind AS "recordKind", record_id AS "recordId", grant_id AS "grantId", operation_hash AS "operationHash",
  chain_version AS "chainVersion", entry_kind AS "entryKind", record_ids AS "recordIds", grant_ids AS "grantIds", counted,
  filter_hash AS "filterHash", prev_hash AS "prevHash", hash
  FROM access_log WHERE seq >= $1 ORDER BY seq LIMIT $2`;

/** Recomputes the chain after `start` (or from the genesis), in batches. */
async function walk(db: DataSource, start: Checkpoint | null): Promise<ChainReport> {
  const from = start?.seq ?? 0;
  let previous = start?.hash ?? GENESIS_HASH;
  let expectedSeq = from + 1;
  for (;;) {
    const batch = (await db.query(ENTRY_SQL, [expectedSeq, BATCH])) as (ChainedFields & { seq: string; prevHash: string; hash: string })[];
    for (const row of batch) {
      const entry = { ...row, seq: Number(row.seq) };
      if (entry.seq !== expectedSeq || entry.prevHash !== previous || entry.hash !== chainHash(previous, entry)) {
        const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM access_log`)) as { n: number }[];
        return { valid: false, entries: n, head: previous, brokenAt: expectedSeq, from };
      }
      previous = entry.hash;
      expectedSeq += 1;
    }
    if (batch.length < BATCH) break;
  }
  return { valid: true, entries: expectedSeq - 1, head: previous, brokenAt: null, from };
}
