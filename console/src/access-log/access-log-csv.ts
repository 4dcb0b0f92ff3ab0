export interface LogEntry {
  seq: string;
  at: string;
  callerCountry: string;
  callerSubject: string;
  callerRole: string;
  entryKind: string;
  recordKind: string;
  recordIds: string[];
  grantIds: string[];
  counted: number | null;
  filterHash: string | null;
  operationHash: string;
  hash: string;
}

export const CSV_COLUMNS = [
  "seq",
  "at",
  "callerCountry",
  "callerSubject",
  "callerRole",
  "entryKind",
  "recordKind",
  "recordIds",
  "grantIds",
  "counted",
  "filterHash",
  "operationHash",
  "hash",
] as const;

/** The entries as CSV rows, in the columns' order; lists joined with "; " by the CSV writer. */
export function csvRows(entries: readonly LogEntry[]): unknown[][] {
  return entries.map((entry) => CSV_COLUMNS.map((column) => entry[column]));
}
