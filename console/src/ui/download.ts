/** Offers `rows` as a CSV file (RFC 4180 quoting; formulas neutralised for spreadsheet safety). */
export function downloadCsv(filename: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): void {
  const lines = [columns, ...rows].map((row) => row.map(csvCell).join(","));
  download(filename, `${lines.join("\r\n")}\r\n`, "text/csv;charset=utf-8");
}

export function downloadJson(filename: string, value: unknown): void {
  download(filename, `${JSON.stringify(value, null, 2)}\n`, "application/json");
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = Array.isArray(value) ? value.join("; ") : String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
