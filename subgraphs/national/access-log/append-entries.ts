import type { DataSource } from "typeorm";
import type { Caller } from "../../../shared/auth/caller.js";
import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import type { AccessLogObserver } from "./access-log-metrics.js";
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

/** Serialises appends across this country's subgraph replicas: the chain has one head. */
const CHAIN_LOCK = 0x61636c67; // "aclg"
const COLUMNS = [
  "seq", "at", "caller_country", "caller_subject", "caller_role", "record_kind", "record_id", "grant_id", "operation_hash",
  "chain_version", "entry_kind", "record_ids", "grant_ids", "counted", "filter_hash", "prev_hash", "hash",
];

/**
 * Appends entries to the access log in one transaction whatever their number (lock, read the head,
 * one multi-row insert). If they cannot be written, the read fails: nothing leaves the country unlogged.
 * `observer` (the metrics) hears of the entries once they are committed, never of a failed append.
 */
export async function appendEntries(db: DataSource, caller: Caller, operationHash: string, drafts: readonly EntryDraft[], observer?: AccessLogObserver): Promise<void> {
  if (drafts.length === 0) return;
  const started = performance.now();
  await db.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK]);
    const [head] = (await manager.query("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1")) as { seq: string; hash: string }[];
    let seq = head ? Number(head.seq) : 0;
    let previous = head?.hash ?? GENESIS_HASH;
    const at = new Date();
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const draft of drafts) {
      seq += 1;
      const fields: ChainedFields = {
        seq,
        at,
        callerCountry: caller.country,
        callerSubject: caller.subject,
        callerRole: caller.roles.join(" "),
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
      const base = values.length;
      rows.push(`(${COLUMNS.map((_, i) => `$${base + i + 1}`).join(", ")})`);
      values.push(
        seq, at, fields.callerCountry, fields.callerSubject, fields.callerRole, draft.recordKind, null, draft.grantId, operationHash,
        CHAIN_VERSION, draft.entryKind, draft.recordIds, draft.grantIds, draft.counted, draft.filterHash, previous, hash,
      );
      previous = hash;
    }
    await manager.query(`INSERT INTO access_log (${COLUMNS.join(", ")}) VALUES ${rows.join(", ")}`, values);
  });
  observer?.appended(drafts, (performance.now() - started) / 1000);
}
