import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OriginalSources } from "./original-sources.js";

const SERVICES = join(import.meta.dirname, "..", "..", "dist", "services");

/**
 * The bundle file holding `marker` (rolldown heads each source file's code with its path) and a place
 * in the code `skip` lines after it (a CommonJS module's first line is the bundler's wrapper).
 */
function codeAfter(marker: string, skip: number): { url: string; line: number; column: number } {
  for (const name of readdirSync(SERVICES).filter((file) => file.endsWith(".js"))) {
    const lines = readFileSync(join(SERVICES, name), "utf8").split("\n");
    const index = lines.indexOf(marker);
    if (index >= 0) return { url: join(SERVICES, name), line: index + 1 + skip, column: /^\s*/.exec(lines[index + skip]!)![0].length };
  }
  throw new Error(`no bundle holds ${marker}`);
}

describe("a profile of the bundled services is charged to the files the code came from", () => {
  const sources = new OriginalSources();

  it("finds our compiled module behind a line of a bundle", () => {
    const { url, line, column } = codeAfter("// dist/subgraphs/national/server.js", 1);
    expect(sources.locate(url, line, column)?.url).toBe(join(SERVICES, "..", "subgraphs", "national", "server.js"));
  });

  it("finds the library behind a line of a bundle, so that its category (TypeORM, Fastify...) is known", () => {
    const { url, line, column } = codeAfter("// node_modules/fastify/fastify.js", 2);
    expect(sources.locate(url, line, column)?.url).toMatch(/\/node_modules\/fastify\/fastify\.js$/);
  });

  it("leaves a script without a map as it is", () => {
    expect(sources.locate(join(SERVICES, "..", "..", "dev", "run-built.mjs"), 1, 0)).toBeUndefined();
  });
});
