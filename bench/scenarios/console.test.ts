import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstViewScriptRow, median } from "./console.js";

describe("the console scenario's arithmetic", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("reports the first view's weight as the console's build measured it", () => {
    const dist = mkdtempSync(join(tmpdir(), "console-dist-"));
    writeFileSync(join(dist, "first-view.json"), JSON.stringify({ files: ["assets/index-a.js", "assets/runtime-b.js"], bytes: 380_000, gzipBytes: 117_737 }));
    const row = firstViewScriptRow(dist);
    expect(row.measure).toContain("2 files");
    expect(row.value).toBe("117.7 kB");
  });

  it("says n/a when the console is not built", () => {
    expect(firstViewScriptRow(mkdtempSync(join(tmpdir(), "console-none-"))).value).toBe("n/a (console not built)");
  });
});
