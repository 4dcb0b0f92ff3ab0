import { describe, expect, it } from "vitest";
import { printTable, type Row } from "./report.js";

describe("the benchmark table", () => {
  it("aligns every column and says which targets were missed", () => {
    const rows: Row[] = [
      { scenario: "1 overhead", measure: "requests/s", baseline: "80 plain", value: "82", ratio: 1.02, target: ">= 0.90", met: true },
      { scenario: "2 fan-out", measure: "50 countries p50", baseline: "4.0 (1)", value: "244.0", ratio: 61, target: "p50 <= 1.5x", met: false },
      { scenario: "4 memory", measure: "RSS", baseline: "", value: "269 MiB", ratio: null, target: "", met: null },
    ];
    const lines: string[] = [];
    printTable(rows, (line) => lines.push(line));
    expect(lines).toHaveLength(5);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[2]).toContain("| 1.02 ");
    expect(lines[2]).toMatch(/\| yes +\|$/);
    expect(lines[3]).toMatch(/\| NO +\|$/);
    expect(lines[4]).toMatch(/\|  +\|$/);
  });
});
