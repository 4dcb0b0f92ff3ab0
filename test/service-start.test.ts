import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHubConfig } from "../shared/config/hub-config.js";
import { LiveConfig } from "../shared/config/live-config.js";
import type { Logger } from "../shared/logging/logger.js";
import { SERVICE_ENTRIES } from "../dev/service-entries.js";

const run = promisify(execFile);
const ROOT = new URL("..", import.meta.url).pathname;

const goodConfig = {
  board: { url: "http://127.0.0.1:4100/graphql", gatewayUrl: "http://127.0.0.1:4000/graphql" },
  countries: [{ code: "JP", url: "http://127.0.0.1:4101/graphql" }],
  issuers: [{ participant: "JP", issuer: "https://idp.jp.example", jwksUri: "https://idp.jp.example/jwks.json" }],
};

describe("a service with a bad environment or config", () => {
  let database: Server;
  let connections = 0;
  let databaseUrl: string;
  const dir = mkdtempSync(join(tmpdir(), "hub-start-config-"));

  beforeAll(async () => {
    // Stands where the database would be: any connection to it means the service got too far.
    database = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => database.listen(0, "127.0.0.1", resolve));
    databaseUrl = `postgres://postgres@127.0.0.1:${(database.address() as { port: number }).port}/hub_jp`;
  });
  afterAll(() => database.close());

  const start = async (entry: string, env: Record<string, string>) => {
    const result = await run(process.execPath, ["dev/run-built.mjs", entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HUB_LOG: "silent", ...env },
      timeout: 120_000,
    }).then(
      (done) => ({ code: 0, ...done }),
      (error) => ({ code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string }),
    );
    return result;
  };

  it("lists every problem of the config and the environment, exits 78 without a stack trace, and never connects", async () => {
    const config = join(dir, "hub.json");
    writeFileSync(
      config,
      JSON.stringify({ ...goodConfig, nationTimeoutMS: 3000, countries: [...goodConfig.countries, { code: "US", url: "http://127.0.0.1:4102/graphql" }] }),
    );
    const { code, stdout, stderr } = await start(SERVICE_ENTRIES.national, { HUB_CONFIG: config, HUB_COUNTRY: "JP", PORT: "abc" });
    expect(code).toBe(78);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      "national-JP cannot start:",
      "  - DATABASE_URL is not set",
      '  - PORT must be a TCP port number (0-65535), got "abc"',
      `  - hub config ${config}: nationTimeoutMS: unknown key (did you mean nationTimeoutMs?)`,
      `  - hub config ${config}: countries[1].code: no issuer speaks for US (add one to issuers)`,
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);

    const missing = await start(SERVICE_ENTRIES.national, { HUB_CONFIG: join(dir, "nowhere.json"), DATABASE_URL: databaseUrl, PORT: "0" });
    expect(missing.code).toBe(78);
    expect(missing.stderr).toContain("HUB_COUNTRY is not set");
    expect(missing.stderr).toMatch(/nowhere\.json: cannot read it/);

    const board = await start(SERVICE_ENTRIES.board, { HUB_CONFIG: config, DATABASE_URL: databaseUrl, PORT: "70000" });
    expect(board.code).toBe(78);
    expect(board.stderr).toContain('PORT must be a TCP port number (0-65535), got "70000"');
    expect(connections).toBe(0);
  }, 180_000);

  it("refuses a LOG_LEVEL that is no level as a configuration problem (exit 78), before connecting", async () => {
    const config = join(dir, "level-hub.json");
    writeFileSync(config, JSON.stringify(goodConfig));
    const { code, stderr } = await start(SERVICE_ENTRIES.board, { HUB_CONFIG: config, DATABASE_URL: databaseUrl, PORT: "0", LOG_LEVEL: "verbose" });
    expect(code).toBe(78);
    expect(stderr.trim().split("\n")).toEqual(["board cannot start:", '  - LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, got "verbose"']);
    expect(connections).toBe(0);
  });

  it("says in one line that its database refused it, and exits 1 (retryable) without a stack trace", async () => {
    const config = join(dir, "good-hub.json");
    writeFileSync(config, JSON.stringify(goodConfig));
    for (const [entry, service] of [[SERVICE_ENTRIES.national, "national subgraph JP"], [SERVICE_ENTRIES.board, "board subgraph"]] as const) {
      const { code, stderr } = await start(entry, { HUB_CONFIG: config, HUB_COUNTRY: "JP", PORT: "0", DATABASE_URL: databaseUrl, HUB_LOG: "error" });
      expect({ entry, code }).toEqual({ entry, code: 1 });
      const lines = stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!).message).toMatch(new RegExp(`^${service} cannot connect to its database at 127\\.0\\.0\\.1:\\d+: `));
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });

  it("keeps the running config on a reload of a bad file, logging every problem", async () => {
    const file = join(dir, "live.json");
    writeFileSync(file, JSON.stringify(goodConfig));
    const lines: { message: string; fields?: Record<string, unknown> }[] = [];
    const logger: Logger = {
      info: (message, fields) => lines.push({ message, fields }),
      warn: (message, fields) => lines.push({ message, fields }),
      error: (message, fields) => lines.push({ message, fields }),
    };
    const live = new LiveConfig(parseHubConfig(goodConfig, dir));
    writeFileSync(file, JSON.stringify({ ...goodConfig, board: { url: "nope" }, circuit: { failureThreshold: 0, openMs: 1 } }));
    expect(await live.reload(file, logger)).toBe(false);
    expect(live.get().board.url).toBe(goodConfig.board.url);
    expect(lines).toEqual([
      {
        message: "hub config not reloaded: keeping the running config",
        fields: { file, problems: ["board.url: must be an http(s) URL", "circuit.failureThreshold: must be at least 1 (a circuit that never opens)"] },
      },
    ]);
    writeFileSync(file, JSON.stringify({ ...goodConfig, nationTimeoutMs: 900 }));
    expect(await live.reload(file, logger)).toBe(true);
    expect(live.get().nationTimeoutMs).toBe(900);
  });
});
