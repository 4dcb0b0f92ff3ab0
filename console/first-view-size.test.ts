import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FIRST_VIEW_FILE, type FirstViewSize } from "./first-view-size.js";

const DIST = new URL("../dist/console/", import.meta.url).pathname;

/** The suite builds the console first (test/support/global-setup.ts): this reads what that build wrote. */
describe("the first view's weight, as the build reports it", () => {
  const size = JSON.parse(readFileSync(join(DIST, FIRST_VIEW_FILE), "utf8")) as FirstViewSize;

  it("counts the page's entry script and what it imports, and no view, chart or editor loaded later", () => {
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    const entry = /<script type="module"[^>]*src="\/console\/([^"]+)"/.exec(html)![1]!;
    expect(size.files).toContain(entry);
    for (const file of size.files) expect(existsSync(join(DIST, file))).toBe(true);
    expect(size.files.filter((file) => /View|EChart|echarts|monaco|graphiql/i.test(file))).toEqual([]);
  });

  it("is the production build, whoever started it (the test runner sets NODE_ENV=test)", () => {
    // React's development build carries its warnings; the production build has none of them.
    const contents = size.files.map((file) => readFileSync(join(DIST, file), "utf8")).join("\n");
    expect(contents).not.toContain("Warning: Each child in a list should have a unique");
    expect(contents).not.toContain("react-dom.development");
  });

  it("weighs the files as written, gzipped at level 9", () => {
    const contents = size.files.map((file) => readFileSync(join(DIST, file)));
    expect(size.bytes).toBe(contents.reduce((sum, c) => sum + c.length, 0));
    expect(size.gzipBytes).toBe(contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0));
  });
});
