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
/** Each column with the type of the array its values travel in (uuid[] columns travel as array literals: an array of arrays must be rectangular). */
const COLUMNS: [name: string, arrayType: string][] = [
  ["seq", "bigint[]"], ["at", "timestamptz[]"], ["caller_country", "text[]"], ["caller_subject", "text[]"], ["caller_role", "text[]"],
  ["record_kind", "record_kind[]"], ["record_id", "uuid[]"], ["grant_id", "uuid[]"], ["operation_hash", "text[]"], ["chain_version", "smallint[]"],
  ["entry_kind", "text[]"], ["record_ids", "text[]"], ["grant_ids", "text[]"], ["counted", "integer[]"], ["filter_hash", "text[]"],
  ["prev_hash", "text[]"], ["hash", "text[]"],
];
const LITERAL_ARRAY_COLUMNS = new Set(["record_ids", "grant_ids"]);

/**
 * One statement for any number of rows, one array per column: its text never changes, so it is prepared
 * once per connection (named), and it has no limit of 65535 bind parameters to split around. Measured
 * against the multi-row VALUES it replaces (17 parameters a row): as cheap for one entry, about 2.5 times
 * cheaper for the 64 and 256 entries of a busy flush, whose VALUES form is parsed and planned afresh.
 */
const INSERT = {
  name: "access_log_append",
  text: `INSERT INTO access_log (${COLUMNS.map(([name]) => name).join(", ")})
    SELECT ${COLUMNS.map(([name]) => (LITERAL_ARRAY_COLUMNS.has(name) ? `${name}::uuid[]` : name)).join(", ")}
    FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}`).join(", ")}) AS entry(${COLUMNS.map(([name]) => name).join(", ")})`,
};

/**
 * One round trip for the transaction's start, its lock and the head. They are three statements, not one:
 * in READ COMMITTED each statement reads from a snapshot taken when it starts, so a head read in the
 * statement that waits for the lock could miss the entries another replica committed during the wait.
 * The simple protocol (no parameters, hence the lock's key written in) runs them in order in one message.
 */
const BEGIN_LOCK_HEAD = `BEGIN; SELECT pg_advisory_xact_lock(${CHAIN_LOCK}); SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1`;

/**
 * Writes appends to the access log in one transaction whatever their number (lock, read the head, one
 * insert, commit): each append's entries contiguous and in order, after the appends before it. Resolves once the
 * COMMIT has returned, so the entries are durable; throws if they could not all be written, and then none
 * were. `at` is one time for the whole transaction, taken once the lock is held, so it never goes
 * backwards along `seq` (the accessLog filters select by `at`, pages by `seq`).
 */
export async function appendEntries(pool: pg.Pool, appends: readonly EntryAppend[]): Promise<void> {
  if (appends.every((append) => append.drafts.length === 0)) return;
  const client = await pool.connect();
  // A connection whose transaction could not be rolled back is closed rather than handed to the next caller.
  let unusable: Error | undefined;
  try {
    const results = (await client.query(BEGIN_LOCK_HEAD)) as unknown as pg.QueryResult<{ seq: string; hash: string }>[];
    const [head] = results[2]!.rows;
    const rows = chainedRows(head ? { seq: Number(head.seq), hash: head.hash } : null, new Date(), appends);
    await client.query({ ...INSERT, values: COLUMNS.map((_, column) => rows.map((row) => row[column])) });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch((rollback: Error) => (unusable = rollback));
    throw error;
  } finally {
    client.release(unusable);
  }
}

/** PostgreSQL's text form of a one-dimensional array, each element quoted. */
function arrayLiteral(values: readonly string[] | null): string | null {
  return values === null ? null : `{${values.map((value) => `"${value.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}

/** The rows after `head` (null: the genesis), each hashed over the one before, as COLUMNS orders them. */
function chainedRows(head: { seq: number; hash: string } | null, at: Date, appends: readonly EntryAppend[]): unknown[][] {
  let seq = head?.seq ?? 0;
  let previous = head?.hash ?? GENESIS_HASH;
  const rows: unknown[][] = [];
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
      rows.push([
        seq, at, caller.country, caller.subject, callerRole, draft.recordKind, null, draft.grantId, operationHash,
        CHAIN_VERSION, draft.entryKind, arrayLiteral(draft.recordIds), arrayLiteral(draft.grantIds), draft.counted, draft.filterHash, previous, hash,
      ]);
      previous = hash;
    }
  }
  return rows;
}
