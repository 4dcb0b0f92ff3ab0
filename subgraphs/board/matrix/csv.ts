/**
 * RFC 4180 CSV: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled; lines
 * end with CRLF. A field that a spreadsheet would run as a formula (leading = + - @) is prefixed with a
 * single quote, so that an exported matrix never executes anything when opened.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
