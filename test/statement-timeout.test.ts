import type { DataSource } from "typeorm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createBoardDataSource } from "../subgraphs/board/database.js";
import { createNationalDataSource } from "../subgraphs/national/database.js";

/**
 * When the gateway gives up on a country it aborts the HTTP call (test/fair-circuits.test.ts sees the
 * connection close); the country's statements stop too, by the sessions' `statement_timeout`. Measured
 * before this option: a filter statement the gateway had given up on at 1 s ran on to 17.6 s.
 */
describe("the services' database sessions stop statements nobody waits for", () => {
  const opened: DataSource[] = [];
  const open = async (db: DataSource) => {
    opened.push(await db.initialize());
    return db;
  };
  afterAll(async () => {
    for (const db of opened) await db.destroy();
  });

  it.each([
    ["national", (url: string, ms?: number) => createNationalDataSource(url, "JP", ms)],
    ["board", (url: string, ms?: number) => createBoardDataSource(url, ms)],
  ])("a %s service's statement is cancelled at its statement timeout", async (_name, create) => {
    const db = await open(create(inject("databaseUrl"), 200));
    expect(await db.query("SHOW statement_timeout")).toEqual([{ statement_timeout: "200ms" }]);
    // Ten seconds of work asked, cancelled by PostgreSQL itself (57014: query_canceled).
    await expect(db.query("SELECT pg_sleep(10)")).rejects.toMatchObject({ driverError: { code: "57014" } });
    // The session is still usable for the next request.
    expect(await db.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("leaves migrations without one (they may run long)", async () => {
    const db = await open(createNationalDataSource(inject("databaseUrl"), "JP"));
    expect(await db.query("SHOW statement_timeout")).toEqual([{ statement_timeout: "0" }]);
  });
});
