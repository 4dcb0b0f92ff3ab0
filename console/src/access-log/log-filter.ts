import type { AccessLogEntryKind, AccessLogFilter, RecordKind } from "../gql/graphql";

export const ENTRY_KINDS: readonly AccessLogEntryKind[] = ["READ", "COUNT"];
export const RECORD_KINDS: readonly RecordKind[] = ["INCIDENT", "AUDIT", "SYSTEM"];

/** The filter as the URL holds it (`reader`, `kind`, `record`, `grant`, `from`, `to`): what the form shows. */
export interface LogFilterValues {
  /** A participant code, or "" for any. */
  reader: string;
  kind: AccessLogEntryKind | "";
  record: RecordKind | "";
  grant: string;
  /** Calendar days (`YYYY-MM-DD`) in the person's zone, both included. */
  from: string;
  to: string;
}

export type LogFilterField = keyof LogFilterValues;

export const FILTER_PARAMS: readonly LogFilterField[] = ["reader", "kind", "record", "grant", "from", "to"];

export function filterValuesOf(params: URLSearchParams): LogFilterValues {
  const kind = params.get("kind") ?? "";
  const record = params.get("record") ?? "";
  return {
    reader: (params.get("reader") ?? "").trim().toUpperCase(),
    kind: (ENTRY_KINDS as readonly string[]).includes(kind) ? (kind as AccessLogEntryKind) : "",
    record: (RECORD_KINDS as readonly string[]).includes(record) ? (record as RecordKind) : "",
    grant: (params.get("grant") ?? "").trim(),
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
}

/** Local midnight starting `day` (+ `plusDays`), as an instant; the day as typed when it is no date. */
export function dayStart(day: string, plusDays = 0): string {
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  // A year before 100 would be read as 19xx by the Date constructor.
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return date.toISOString();
}

/** The hub's filter: `to` is a whole day, so the window ends at the next day's start. Null when none. */
export function toAccessLogFilter(values: LogFilterValues): AccessLogFilter | null {
  const filter: AccessLogFilter = {};
  if (values.reader) filter.callerCountries = [values.reader];
  if (values.kind) filter.entryKinds = [values.kind];
  if (values.record) filter.recordKinds = [values.record];
  if (values.grant) filter.grantId = values.grant;
  if (values.from) filter.since = dayStart(values.from);
  if (values.to) filter.before = dayStart(values.to, 1);
  return Object.keys(filter).length ? filter : null;
}

/** The hub names `filter.since` / `filter.before` in its errors: the form's `from` / `to`. */
export function filterFieldOf(field: string | undefined): LogFilterField | undefined {
  switch (field) {
    case "filter.callerCountries":
      return "reader";
    case "filter.entryKinds":
      return "kind";
    case "filter.recordKinds":
      return "record";
    case "filter.grantId":
      return "grant";
    case "filter.since":
      return "from";
    case "filter.before":
      return "to";
    default:
      return undefined;
  }
}
