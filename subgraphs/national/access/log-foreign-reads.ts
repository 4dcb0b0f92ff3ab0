import { Classification } from "../../../shared/policy/classification.js";
import type { RecordFacts, RecordKind } from "../../../shared/policy/grant-terms.js";
import { admits, type ReadRule } from "../../../shared/policy/visibility.js";
import { appendReads } from "../access-log/append-reads.js";
import type { NationalContext } from "../context.js";

/**
 * Records what a foreign caller is about to receive: every non-PUBLIC record, with the grant that
 * opened it. Called by every read path before it returns.
 */
export async function logForeignReads(
  ctx: Pick<NationalContext, "db" | "caller" | "access" | "operationHash">,
  kind: RecordKind,
  rule: ReadRule,
  records: readonly (Omit<RecordFacts, "kind"> & { id: string })[],
): Promise<void> {
  if (!ctx.access.foreign) return;
  const reads = records
    .filter((record) => record.classification !== Classification.PUBLIC)
    .map((record) => ({ kind, id: record.id, grantId: admits(rule, { ...record, kind }).grantId }));
  await appendReads(ctx.db, ctx.caller, ctx.operationHash, reads);
}
