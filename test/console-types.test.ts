import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { composeSupergraph } from "../gateway/supergraph/compose-supergraph.js";

const run = promisify(execFile);
const ROOT = new URL("..", import.meta.url).pathname;
const bin = (path: string) => `${ROOT}node_modules/${path}`;

/**
 * The console's GraphQL documents are typed from the gateway's API schema: a schema change that breaks
 * the console must fail here, not in a person's browser.
 */
describe("the console's types follow the hub's schema", () => {
  it("keeps console/schema.graphql equal to the schema the gateway serves (npm run console:schema)", async () => {
    const committed = readFileSync(`${ROOT}console/schema.graphql`, "utf8").replace(/^#.*\n/, "");
    expect(committed.trim()).toBe((await composeSupergraph()).apiSchemaSdl.trim());
  });

  it("has generated types that match its documents and the schema, and typechecks", async () => {
    // --check fails when a document asks for something the schema lacks or the generated files are stale.
    await run(process.execPath, [bin("@graphql-codegen/cli/cjs/bin.js"), "--config", "console/codegen.ts", "--check"], { cwd: ROOT });
    await run(process.execPath, [bin("typescript/bin/tsc"), "-p", "console/tsconfig.json"], { cwd: ROOT });
  }, 120_000);
});
