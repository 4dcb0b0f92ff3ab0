import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./free-port.js";
import { startEmbeddedDatabase } from "./embedded-database.js";

describe("the embedded PostgreSQL", () => {
  const dir = mkdtempSync(join(tmpdir(), "hub-embedded-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stops at once when PostgreSQL already went (Ctrl-C reaches the whole process group)", async () => {
    // As root PostgreSQL runs as `postgres`, which must be able to enter the folder.
    chmodSync(dir, 0o755);
    const database = await startEmbeddedDatabase(join(dir, "pg"), await freePort());
    const postmaster = Number(readFileSync(join(dir, "pg", "cluster", "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGINT");
    await waitUntilGone(postmaster);
    await expect(database.stop()).resolves.toBeUndefined();
  }, 60_000);
});

async function waitUntilGone(pid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
