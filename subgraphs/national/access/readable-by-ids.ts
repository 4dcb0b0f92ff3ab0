import { UUID } from "../pagination/cursor.js";

/**
 * Answers a DataLoader batch of ids in the order asked: malformed ids are never sent to the database,
 * and an id that is malformed, unknown or unreadable by the caller all give the same `null`.
 */
export async function readableByIds<T extends { id: string }>(
  ids: readonly string[],
  read: (wellFormed: string[]) => Promise<T[]>,
): Promise<(T | null)[]> {
  const wellFormed = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
  const rows = wellFormed.length > 0 ? await read(wellFormed) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}
