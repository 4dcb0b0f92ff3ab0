import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../dev/embedded-database.js";
import { freePort } from "../../dev/free-port.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server the tests may create their own databases on. */
    databaseUrl: string;
  }
}

/**
 * Real PostgreSQL for every test run: the server DATABASE_URL names, or else an embedded one on a free
 * port in a temporary directory, so that `npm test` needs nothing installed and never touches the data
 * of a hub started with `npm start`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildOnce();
  if (process.env.DATABASE_URL) {
    project.provide("databaseUrl", process.env.DATABASE_URL);
    return async () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), "hub-test-pg-"));
  const database = await startEmbeddedDatabase(dir, await freePort());
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Tests that start hubs as processes run the compiled services and the built console: build them once,
 * here, rather than in several test files at the same time.
 */
function buildOnce(): void {
  const root = new URL("../..", import.meta.url).pathname;
  const build = spawnSync(process.execPath, ["dev/run-built.mjs"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) throw new Error("The build failed (see above): the tests need the compiled services and the console.");
}
