import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Caller } from "../../../shared/auth/caller.js";
import { UUID } from "../pagination/cursor.js";
import type { Incident } from "./incident.js";
import { incidentsByIds } from "./incident-query.js";

/**
 * Incidents by id as this caller may see them: one query for the whole batch. An id that is malformed,
 * unknown, or not visible to the caller all give the same `null`.
 */
export function incidentLoader(db: DataSource, caller: Caller, owner: string): DataLoader<string, Incident | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter((id) => UUID.test(id));
    const rows = wellFormed.length > 0 ? await incidentsByIds(db, caller, owner, wellFormed) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
}
