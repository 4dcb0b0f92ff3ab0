import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One line of the benchmark's table: a figure, what it is compared with, and the target it must meet. */
export interface Row {
  scenario: string;
  measure: string;
  baseline: string;
  value: string;
  ratio: number | null;
  target: string;
  met: boolean | null;
}

export function printTable(rows: Row[], write: (line: string) => void): void {
  const header: Row = { scenario: "scenario", measure: "measure", baseline: "baseline", value: "hub", ratio: null, target: "target", met: null };
  const cells = (row: Row, isHeader = false) => [
    row.scenario,
    row.measure,
    row.baseline,
    row.value,
    isHeader ? "ratio" : row.ratio === null ? "" : row.ratio.toFixed(2),
    row.target,
    isHeader ? "met" : row.met === null ? "" : row.met ? "yes" : "NO",
  ];
  const table = [cells(header, true), ...rows.map((row) => cells(row))];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  write(format(table[0]!));
  write(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const line of table.slice(1)) write(format(line));
}

/** Writes the run's figures as JSON under bench/results/ and returns the file's path. */
export function saveResults(dir: string, results: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  return file;
}
