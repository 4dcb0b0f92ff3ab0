import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devIssuerUrl, ensureDevIssuer } from "../dev/dev-issuers.js";
import { DEFAULT_AUDIENCE, type HubConfig } from "../shared/config/hub-config.js";
import { LiveConfig } from "../shared/config/live-config.js";
import { databaseUrlFor, dropDatabase, ensureDatabase } from "../shared/db/databases.js";
import { databaseRoles, dropDatabaseRoles, ensureDatabaseRoles } from "../shared/db/roles.js";
import type { RunningServer } from "../shared/service/service-http.js";
import { createLogger } from "../shared/logging/logger.js";
import { NationalDeployment } from "../subgraphs/national/deployment/national-deployment.js";
import { startNationalServer } from "../subgraphs/national/server.js";
import { createParticipantDatabase, type ParticipantDatabase } from "./support/participant-database.js";
import { SERVICE_ENTRIES } from "../dev/service-entries.js";

/**
 * A national deployment knows its country (issue 11): its database carries the participant code that
 * `migrate national XX` wrote, and the real subgraph process refuses to start (exit 78, one line, no
 * stack trace) when HUB_COUNTRY is not in the hub config, is not its database's country, or the database
 * is not migrated; a running one turns not-ready when any of these becomes true.
 */
const run = promisify(execFile);
const ROOT = new URL("..", import.meta.url).pathname;

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a built entry point (compiled first if the sources are newer), as production runs it. */
async function runBuilt(entry: string, args: string[], env: Record<string, string>, timeout = 60_000): Promise<Exit> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["dev/run-built.mjs", entry, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, HUB_LOG: "silent", ...env },
      timeout,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof failed.code === "number" ? failed.code : -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function expectRefusal(exit: Exit, message: RegExp): void {
  expect(exit.code, exit.stderr).toBe(78);
  const lines = exit.stderr.trim().split("\n");
  expect(lines.at(-1)).toMatch(message);
  expect(exit.stderr, "no stack trace").not.toMatch(/^\s+at /m);
}

describe("a national deployment that knows its country", () => {
  const server = inject("databaseUrl");
  const prefix = `hubtest_${randomBytes(4).toString("hex")}`;
  const dir = mkdtempSync(join(tmpdir(), "hub-test-deploy-"));
  const configFile = join(dir, "hub.json");
  let jp: ParticipantDatabase;
  let board: ParticipantDatabase;
  const bare = `${prefix}_bare`;
  let bareServiceUrl: string;
  let config: HubConfig;

  beforeAll(async () => {
    jp = await createParticipantDatabase(server, `${prefix}_jp`, { kind: "national", country: "JP" });
    board = await createParticipantDatabase(server, `${prefix}_board`, { kind: "board" });
    await ensureDatabase(server, bare);
    bareServiceUrl = (await ensureDatabaseRoles(server, bare)).serviceUrl;
    const [issuer, usIssuer] = await Promise.all(
      ["JP", "US"].map((code) => ensureDevIssuer(join(dir, "issuers"), code, devIssuerUrl("http://127.0.0.1:4000", code))),
    );
    config = {
      audience: DEFAULT_AUDIENCE,
      board: { url: "http://127.0.0.1:1/graphql", gatewayUrl: "http://127.0.0.1:1/graphql" },
      countries: [
        { code: "JP", url: "http://127.0.0.1:1/graphql" },
        { code: "US", url: "http://127.0.0.1:1/graphql" },
      ],
      issuers: [issuer!, usIssuer!].map((i) => ({ participant: i.participant, issuer: i.issuer, jwksFile: i.jwksFile })),
      nationTimeoutMs: 2000,
    };
    writeFileSync(configFile, JSON.stringify(config));
    // Compiles the sources if they changed (run-built), once, outside any test's time budget.
    await runBuilt("dist/migrations/migrate.js", [], {}, 110_000);
  }, 120_000);

  afterAll(async () => {
    await jp?.drop();
    await board?.drop();
    await dropDatabase(server, bare);
    await dropDatabaseRoles(server, bare);
    rmSync(dir, { recursive: true, force: true });
  });

  const national = (country: string, databaseUrl: string) =>
    runBuilt(SERVICE_ENTRIES.national, [], { HUB_COUNTRY: country, HUB_CONFIG: configFile, DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1" });

  it("marks the database with its country when it migrates it", async () => {
    expect(await jp.service.query(`SELECT participant FROM deployment_identity`)).toEqual([{ participant: "JP" }]);
  });

  it("refuses HUB_COUNTRY=US against JP's database", async () => {
    expectRefusal(await national("US", jp.serviceUrl), /national subgraph US refuses to start: the database belongs to JP, not to HUB_COUNTRY=US\./);
  });

  it("refuses a country that is not in the hub config", async () => {
    expectRefusal(await national("XX", jp.serviceUrl), /HUB_COUNTRY=XX is not a country of the hub config\./);
  });

  it("refuses an unmigrated database, and creates nothing in it", async () => {
    expectRefusal(await national("JP", bareServiceUrl), /the database has pending migrations: run `migrate national JP`/);
    const client = new pg.Client({ connectionString: databaseUrlFor(server, bare) });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`);
      expect(rows).toEqual([{ tables: 0 }]);
    } finally {
      await client.end();
    }
  });

  it("refuses the board with pending migrations", async () => {
    const exit = await runBuilt(SERVICE_ENTRIES.board, [], { HUB_CONFIG: configFile, DATABASE_URL: bareServiceUrl, PORT: "0", HOST: "127.0.0.1" });
    expectRefusal(exit, /board subgraph refuses to start: its database has pending migrations; run `migrate board` first\./);
  });

  it("refuses the board without board.gatewayUrl, through which countries vouch for their reports", async () => {
    const withoutGateway = join(dir, "hub-without-gateway.json");
    writeFileSync(withoutGateway, JSON.stringify({ ...config, board: { url: config.board.url } }));
    const exit = await runBuilt(SERVICE_ENTRIES.board, [], { HUB_CONFIG: withoutGateway, DATABASE_URL: board.serviceUrl, PORT: "0", HOST: "127.0.0.1" });
    expectRefusal(exit, /board.gatewayUrl must be the gateway's URL as the board reaches it/);
  });

  it("the migrate command refuses a database marked for another country, and says so", async () => {
    const exit = await runBuilt("dist/migrations/migrate.js", ["national", "US"], { DATABASE_URL: jp.ownerUrl, HUB_SERVICE_ROLE: databaseRoles(jp.name).service });
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim()).toBe("This database belongs to JP, not US: refusing to migrate it. Check DATABASE_URL (or the country code).");
    expect(await jp.owner.query(`SELECT participant FROM deployment_identity`)).toEqual([{ participant: "JP" }]);
    const again = await runBuilt("dist/migrations/migrate.js", ["national", "JP"], { DATABASE_URL: jp.ownerUrl, HUB_SERVICE_ROLE: databaseRoles(jp.name).service });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("up to date");
  });

  it("the migrate command wants the service role named", async () => {
    const exit = await runBuilt("dist/migrations/migrate.js", ["national", "JP"], { DATABASE_URL: jp.ownerUrl });
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/HUB_SERVICE_ROLE must name the role the services connect as/);
  });

  describe("while running", () => {
    let live: LiveConfig;
    let deployment: NationalDeployment;
    let subgraph: RunningServer;
    const health = async () => {
      const response = await fetch(subgraph.url.replace(/\/graphql$/, "/health"));
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    beforeAll(async () => {
      live = new LiveConfig(config);
      const logger = createLogger("national-JP");
      deployment = await NationalDeployment.establish({ country: "JP", config: live, db: jp.service, logger });
      subgraph = await startNationalServer({ country: "JP", config: live, db: jp.service, deployment, port: 0, host: "127.0.0.1", logger });
    });
    afterAll(async () => {
      await subgraph?.close();
      await deployment?.stop();
    });

    it("is ready while the checks pass", async () => {
      expect(await health()).toEqual({ status: 200, body: { status: "up", service: "national-JP", country: "JP" } });
    });

    it("turns not-ready, naming the reason, when its country leaves the hub config, and ready when it is back", async () => {
      await live.update({ ...config, countries: config.countries.filter((c) => c.code !== "JP") });
      const down = await health();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: "down", reason: "unknown_country", detail: "HUB_COUNTRY=JP is not a country of the hub config." });
      await live.update(config);
      expect((await health()).status).toBe(200);
    });

    it("turns not-ready when its database is found with pending migrations or marked for another country", async () => {
      const [last] = await jp.owner.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`);
      await jp.owner.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
      try {
        const down = await health();
        expect(down.status).toBe(503);
        expect(down.body).toMatchObject({ reason: "pending_migrations" });
      } finally {
        await jp.owner.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
      }
      // A swapped database: what a superuser re-marking it (triggers off) looks like to the running service.
      await jp.owner.query(`ALTER TABLE deployment_identity DISABLE TRIGGER deployment_identity_no_update_delete`);
      await jp.owner.query(`UPDATE deployment_identity SET participant = 'US'`);
      try {
        const down = await health();
        expect(down.status).toBe(503);
        expect(down.body).toMatchObject({ reason: "other_country", detail: "the database belongs to US, not to HUB_COUNTRY=JP." });
      } finally {
        await jp.owner.query(`UPDATE deployment_identity SET participant = 'JP'`);
        await jp.owner.query(`ALTER TABLE deployment_identity ENABLE TRIGGER deployment_identity_no_update_delete`);
      }
      expect((await health()).status).toBe(200);
    });
  });
});
