import DataLoader from "dataloader";
import type { NationalContext } from "../context.js";
import { logForeignReads } from "../access/log-foreign-reads.js";
import { UUID } from "../pagination/cursor.js";
import type { Incident } from "./incident.js";
import { incidentsByIds } from "./incident-query.js";

/**
 * Readable incidents by id for this caller: one query (and one access-log append) for the whole batch.
 * An id that is malformed, unknown, or not readable by the caller all give the same `null`.
 */
export function incidentLoader(ctx: Pick<NationalContext, "db" | "caller" | "access" | "operationHash">): DataLoader<string, Incident | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter((id) => UUID.test(id));
    if (wellFormed.length === 0) return ids.map(() => null);
    const rule = await ctx.access.rule("INCIDENT");
    const rows = await incidentsByIds(ctx.db, rule, wellFormed);
    await logForeignReads(ctx, "INCIDENT", rule, rows);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
}
