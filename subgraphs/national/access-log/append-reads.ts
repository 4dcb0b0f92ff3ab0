import type { DataSource } from "typeorm";
import type { Caller } from "../../../shared/auth/caller.js";
import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import { chainHash, GENESIS_HASH } from "./chain.js";

export interface RecordRead {
  kind: RecordKind;
  id: string;
  grantId: string | null;
}

/** Serialises appends across this country's subgraph replicas: the chain has one head. */
const CHAIN_LOCK = 0x61636c67; // "aclg"

/**
 * Appends the reads of one resolver call to the access log, in one transaction whatever their number
 * (lock, read the head, one multi-row insert): the log costs a few round trips per request, never one
 * per record. If it cannot be written, the read fails: nothing leaves the country unlogged.
 */
export async function appendReads(db: DataSource, caller: Caller, operationHash: string, reads: readonly RecordRead[]): Promise<void> {
  if (reads.length === 0) return;
  await db.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK]);
    const [head] = (await manager.query("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1")) as { seq: string; hash: string }[];
    let seq = head ? Number(head.seq) : 0;
    let previous = head?.hash ?? GENESIS_HASH;
    const at = new Date();
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const read of reads) {
      seq += 1;
      const fields = {
        seq,
        at,
        callerCountry: caller.country,
        callerSubject: caller.subject,
        callerRole: caller.roles.join(" "),
        recordKind: read.kind,
        recordId: read.id,
        grantId: read.grantId,
        operationHash,
      };
      const hash = chainHash(previous, fields);
      const base = values.length;
      rows.push(`(${Array.from({ length: 11 }, (_, i) => `$${base + i + 1}`).join(", ")})`);
      values.push(seq, at, fields.callerCountry, fields.callerSubject, fields.callerRole, read.kind, read.id, read.grantId, operationHash, previous, hash);
      previous = hash;
    }
    await manager.query(
      `INSERT INTO access_log (seq, at, caller_country, caller_subject, caller_role, record_kind, record_id, grant_id, operation_hash, prev_hash, hash)
       VALUES ${rows.join(", ")}`,
      values,
    );
  });
}
