import DataLoader from "dataloader";
import type { NationalContext } from "../context.js";
import { logForeignReads } from "../access/log-foreign-reads.js";
import { readableByIds } from "../access/readable-by-ids.js";
import type { Incident } from "./incident.js";
import { incidentsByIds } from "./incident-query.js";

/**
 * Readable incidents by id for this caller: one query (and one access-log append) for the whole batch.
 */
export function incidentLoader(ctx: Pick<NationalContext, "db" | "caller" | "access" | "operationHash">): DataLoader<string, Incident | null> {
  return new DataLoader((ids) =>
    readableByIds(ids, async (wellFormed) => {
      const rule = await ctx.access.rule("INCIDENT");
      const rows = await incidentsByIds(ctx.db, rule, wellFormed);
      await logForeignReads(ctx, "INCIDENT", rule, rows);
      return rows;
    }),
  );
}
