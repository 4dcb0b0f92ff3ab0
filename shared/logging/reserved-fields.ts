/**
 * Keys the logger writes itself. A caller's field of the same name would give a line two `level`s or a
 * second `requestId` (JSON parsers keep the last one: a forged value would win), so it is kept under
 * `field_<key>` instead.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  "level",
  "time",
  "message",
  "msg",
  "service",
  "requestId",
  "traceId",
  "spanId",
  "pid",
  "hostname",
  "v",
]);

export function guardReserved(fields: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!fields) return {};
  let guarded: Record<string, unknown> | undefined;
  for (const key of Object.keys(fields)) {
    if (!RESERVED_KEYS.has(key)) continue;
    guarded ??= { ...fields };
    delete guarded[key];
    guarded[`field_${key}`] = fields[key];
  }
  return guarded ?? fields;
}
