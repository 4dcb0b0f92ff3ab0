import type { Row } from "./report.js";

/**
 * What the run says of its targets, and the exit code that carries it: a missed target fails the run
 * (CI, a release check) unless `--no-fail` asked only to explore.
 */
export function verdictOf(rows: readonly Row[], noFail: boolean): { lines: string[]; exitCode: number } {
  const missed = rows.filter((row) => row.met === false);
  if (missed.length === 0) return { lines: ["Every target met."], exitCode: 0 };
  const lines = [`Targets missed: ${missed.map((row) => `${row.scenario} (${row.measure}: ${row.value}, target ${row.target})`).join("; ")}`];
  if (noFail) lines.push("--no-fail: exiting 0 all the same.");
  return { lines, exitCode: noFail ? 0 : 1 };
}
