import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { firstViewScriptRow, median } from "./console.js";

describe("the console scenario's arithmetic", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("weighs the first view's JavaScript from the built index.html: the entry script and its preloaded modules, not lazy chunks", () => {
    const dist = mkdtempSync(join(tmpdir(), "console-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(
      join(dist, "index.html"),
      '<script type="module" crossorigin src="/console/assets/index-a.js"></script>\n' +
        '<link rel="modulepreload" crossorigin href="/console/assets/runtime-b.js">\n<link rel="stylesheet" href="/console/assets/index-c.css">',
    );
    const entry = "export const a = 1;\n".repeat(400);
    const runtime = "export const b = 2;\n";
    writeFileSync(join(dist, "assets", "index-a.js"), entry);
    writeFileSync(join(dist, "assets", "runtime-b.js"), runtime);
    writeFileSync(join(dist, "assets", "lazy-d.js"), "export const d = 4;\n".repeat(4000));
    const expected = gzipSync(entry, { level: 9 }).length + gzipSync(runtime, { level: 9 }).length;
    const row = firstViewScriptRow(dist);
    expect(row.measure).toContain("2 files");
    expect(row.value).toBe(`${(expected / 1000).toFixed(1)} kB`);
  });

  it("says n/a when the console is not built", () => {
    expect(firstViewScriptRow(mkdtempSync(join(tmpdir(), "console-none-"))).value).toBe("n/a (console not built)");
  });
});
