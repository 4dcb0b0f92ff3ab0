import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSupergraphFile } from "../gateway/supergraph/supergraph-file.js";
import { ensureSupergraph } from "./supergraph-cache.js";

describe("the launcher's supergraph", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function setUp() {
    const dir = mkdtempSync(join(tmpdir(), "supergraph-cache-"));
    dirs.push(dir);
    mkdirSync(join(dir, "code", "national"), { recursive: true });
    writeFileSync(join(dir, "code", "national", "schema.js"), "v1");
    writeFileSync(join(dir, "lock.json"), "{}");
    let composed = 0;
    const compose = async () => {
      composed++;
      return { supergraphSdl: `type Query { n: Int } # ${composed}`, nationalSdlHash: `hash-${composed}`, apiSchemaSdl: "" };
    };
    const ensure = () => ensureSupergraph(join(dir, "supergraph.graphql"), [join(dir, "code"), join(dir, "lock.json")], compose);
    return { dir, ensure, composedTimes: () => composed };
  }

  it("is composed at the first start and reused while the code it comes from is unchanged", async () => {
    const { dir, ensure, composedTimes } = setUp();
    expect(await ensure()).toBe("composed");
    expect(await ensure()).toBe("reused");
    expect(composedTimes()).toBe(1);
    expect(readSupergraphFile(join(dir, "supergraph.graphql"))).toEqual({ supergraphSdl: "type Query { n: Int } # 1", nationalSdlHash: "hash-1" });
  });

  it("is composed again when a source file, a new file or the lock file changes, or the file is gone", async () => {
    const { dir, ensure, composedTimes } = setUp();
    await ensure();
    writeFileSync(join(dir, "code", "national", "schema.js"), "v2");
    expect(await ensure()).toBe("composed");
    writeFileSync(join(dir, "code", "national", "extra.js"), "");
    expect(await ensure()).toBe("composed");
    writeFileSync(join(dir, "lock.json"), '{"graphql":"17"}');
    expect(await ensure()).toBe("composed");
    rmSync(join(dir, "supergraph.graphql"));
    expect(await ensure()).toBe("composed");
    expect(await ensure()).toBe("reused");
    expect(composedTimes()).toBe(5);
    expect(readSupergraphFile(join(dir, "supergraph.graphql")).nationalSdlHash).toBe("hash-5");
  });
});
