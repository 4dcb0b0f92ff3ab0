import type pg from "pg";
import type { Caller } from "../../../shared/auth/caller.js";
import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import { CHAIN_VERSION, type ChainedFields, chainHash, type EntryKind, GENESIS_HASH } from "./chain.js";

/** What one read (or count) adds to the log; the caller, time, position and hashes are filled in here. */
export interface EntryDraft {
  entryKind: EntryKind;
  recordKind: RecordKind;
  /** READ: the records given, possibly none (a filtered list that returned nothing logged). */
  recordIds: string[] | null;
  grantId: string | null;
  grantIds: string[] | null;
  counted: number | null;
  filterHash: string | null;
}

/** One request's entries: written next to each other, in their order, under its caller. */
export interface EntryAppend {
  caller: Caller;
  operationHash: string;
  drafts: readonly EntryDraft[];
}

/** Serialises appends across this country's subgraph replicas: the chain has one head. */
const CHAIN_LOCK = 0x61636c67; // "aclg"
/** The columns an entry fills, with their types as the INSERT reads them from JSON. */
const COLUMNS = {
  seq: "bigint", at: "timestamptz", caller_country: "text", caller_subject: "text", caller_role: "text", record_kind: "record_kind",
  record_id: "uuid", grant_id: "uuid", operation_hash: "text", chain_version: "smallint", entry_kind: "text", record_ids: "uuid[]",
  grant_ids: "uuid[]", counted: "integer", filter_hash: "text", prev_hash: "text", hash: "text",
} as const;
type Row = Record<keyof typeof COLUMNS, unknown>;

/**
 * One statement for any number of rows, as one JSON parameter: its text never changes, so it is prepared
 * once per connection (named), and it has no limit of 65535 bind parameters to split a large flush around.
 * Measured per flush (PostgreSQL backend CPU, 1 to 256 entries): as cheap as the unprepared multi-row
 * VALUES (17 parameters a row) for one entry, 2.5 times cheaper at 64 and 256 entries. VALUES prepared
 * per row count is 15-30% cheaper still but needs a statement per count on every connection; an unnest of
 * one array per column costs 0.3 ms more than either up to 64 entries.
 */
const COLUMN_LIST = Object.keys(COLUMNS).join(", ");
/** The rows of parameter $1 (a JSON array of Row), typed as the table's columns. */
const ENTRIES_OF_JSON = `jsonb_to_recordset($1::jsonb) AS entry(${Object.entries(COLUMNS).map(([name, type]) => `${name} ${type}`).join(", ")})`;
const INSERT = {
  name: "access_log_append",
  text: `INSERT INTO access_log (${COLUMN_LIST}) SELECT ${COLUMN_LIST} FROM ${ENTRIES_OF_JSON}`,
};

/**
 * One round trip for the transaction's start, its lock and the head. They are three statements, not one:
 * in READ COMMITTED each statement reads from a snapshot taken when it starts, so a head read in the
 * statement that waits for the lock could miss the entries another replica committed during the wait.
 * The simple protocol (no parameters, hence the lock's key written in) runs them in order in one message.
 */
const BEGIN_LOCK_HEAD = `BEGIN; SELECT pg_advisory_xact_lock(${CHAIN_LOCK}); SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1`;

/**
 * The append after a head this process wrote itself, in one statement and so in one round trip (its own
 * transaction, committed when it returns): it takes the chain's lock like every append, and inserts only
 * if the head is still the last entry. The head must exist with its hash (else nothing is inserted: the
 * log is not the one this process wrote to, say restored from a backup), and no entry may follow it (the
 * primary key refuses the rows with 23505 when another replica appended since). A check that its
 * snapshot, taken before the lock, could fool: the head's row is never removed, and an entry committed
 * after the snapshot still conflicts on its key.
 */
const INSERT_AFTER_HEAD = {
  name: "access_log_append_after_head",
  text: `WITH chain_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(${CHAIN_LOCK}))
    INSERT INTO access_log (${COLUMN_LIST}) SELECT ${COLUMN_LIST} FROM chain_lock, ${ENTRIES_OF_JSON}
    WHERE EXISTS (SELECT 1 FROM access_log WHERE seq = $2 AND hash = $3)`,
};

interface Head {
  seq: number;
  hash: string;
}

/**
 * Writes appends to the access log, each call in one transaction whatever their number: each append's
 * entries contiguous and in order, after the appends before it. Resolves once the transaction has
 * committed, so the entries are durable; throws if they could not all be written, and then none were.
 * `at` is one time per call, taken once the lock is held or while the head is this process's own, so it
 * never goes backwards along `seq` (the accessLog filters select by `at`, pages by `seq`).
 *
 * One per access-log writer, whose calls never overlap. It remembers the head it wrote last: the next
 * call then costs one round trip (INSERT_AFTER_HEAD) instead of three (lock and head, insert, commit),
 * and falls back to those three when another replica has appended in between, after any failure, and at
 * the first call.
 */
export class ChainAppender {
  /** The last entry this appender committed; undefined when it does not know the head. */
  private head: Head | undefined;

  constructor(private readonly pool: () => pg.Pool) {}

  async append(appends: readonly EntryAppend[]): Promise<void> {
    if (appends.every((append) => append.drafts.length === 0)) return;
    const known = this.head;
    // Unknown until a write is known to have committed: a failure leaves the head in doubt.
    this.head = undefined;
    if (known && (await this.appendAfter(known, appends))) return;
    this.head = await this.appendLocked(appends);
  }

  /** True when written; false when the head was no longer the last entry (nothing was written). */
  private async appendAfter(head: Head, appends: readonly EntryAppend[]): Promise<boolean> {
    const rows = chainedRows(head, new Date(), appends);
    try {
      const result = await this.pool().query({ ...INSERT_AFTER_HEAD, values: [JSON.stringify(rows), head.seq, head.hash] });
      if (result.rowCount !== rows.length) return false;
    } catch (error) {
      if (appendedSinceByAnother(error)) return false;
      throw error;
    }
    this.head = headOf(rows, head);
    return true;
  }

  /** Lock, read the head, insert, commit; returns the new head. */
  private async appendLocked(appends: readonly EntryAppend[]): Promise<Head | undefined> {
    const client = await this.pool().connect();
    // A connection whose transaction could not be rolled back is closed rather than handed to the next caller.
    let unusable: Error | undefined;
    try {
      const results = (await client.query(BEGIN_LOCK_HEAD)) as unknown as pg.QueryResult<{ seq: string; hash: string }>[];
      const [last] = results[2]!.rows;
      const head = last ? { seq: Number(last.seq), hash: last.hash } : null;
      const rows = chainedRows(head, new Date(), appends);
      await client.query({ ...INSERT, values: [JSON.stringify(rows)] });
      await client.query("COMMIT");
      return headOf(rows, head ?? undefined);
    } catch (error) {
      await client.query("ROLLBACK").catch((rollback: Error) => (unusable = rollback));
      throw error;
    } finally {
      client.release(unusable);
    }
  }
}

/** A unique violation of the entries' key: an entry already follows the head this process wrote. */
function appendedSinceByAnother(error: unknown): boolean {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === "23505" && constraint === "access_log_pkey";
}

function headOf(rows: readonly Row[], before: Head | undefined): Head | undefined {
  const last = rows.at(-1);
  return last ? { seq: last.seq as number, hash: last.hash as string } : before;
}

/** The rows after `head` (null: the genesis), each hashed over the one before. */
function chainedRows(head: { seq: number; hash: string } | null, at: Date, appends: readonly EntryAppend[]): Row[] {
  let seq = head?.seq ?? 0;
  let previous = head?.hash ?? GENESIS_HASH;
  const rows: Row[] = [];
  for (const { caller, operationHash, drafts } of appends) {
    const callerRole = caller.roles.join(" ");
    for (const draft of drafts) {
      seq += 1;
      const fields: ChainedFields = {
        seq,
        at,
        callerCountry: caller.country,
        callerSubject: caller.subject,
        callerRole,
        recordKind: draft.recordKind,
        recordId: null,
        grantId: draft.grantId,
        operationHash,
        chainVersion: CHAIN_VERSION,
        entryKind: draft.entryKind,
        recordIds: draft.recordIds,
        grantIds: draft.grantIds,
        counted: draft.counted,
        filterHash: draft.filterHash,
      };
      const hash = chainHash(previous, fields);
      rows.push({
        seq, at, caller_country: caller.country, caller_subject: caller.subject, caller_role: callerRole, record_kind: draft.recordKind,
        record_id: null, grant_id: draft.grantId, operation_hash: operationHash, chain_version: CHAIN_VERSION, entry_kind: draft.entryKind,
        record_ids: draft.recordIds, grant_ids: draft.grantIds, counted: draft.counted, filter_hash: draft.filterHash, prev_hash: previous, hash,
      });
      previous = hash;
    }
  }
  return rows;
}
