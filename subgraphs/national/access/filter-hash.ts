import { sha256Hex } from "../access-log/chain.js";

/**
 * A stable SHA-256 of what selected some records: the list's name and its arguments, keys sorted,
 * dates as ISO strings, absent and null alike. The owner can recompute it from a suspected query.
 */
export function filterHash(list: string, args: Record<string, unknown>): string {
  return sha256Hex(JSON.stringify([list, canonical(args)]));
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
