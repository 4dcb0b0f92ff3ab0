import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { databaseUrlFor, dropDatabase, ensureDatabase } from "../shared/db/databases.js";
import { createBoardDataSource } from "../subgraphs/board/database.js";
import { createNationalDataSource } from "../subgraphs/national/database.js";

/** Every migration applies on an empty database, reverts cleanly, and applies again. */
describe("migrations", () => {
  const server = inject("databaseUrl");
  const names: string[] = [];
  afterAll(async () => {
    for (const name of names) await dropDatabase(server, name);
  });

  it.each([
    ["board", (url: string) => createBoardDataSource(url)],
    ["national", (url: string) => createNationalDataSource(url, "JP")],
  ])("%s: up, down to nothing, up again", async (_name, create) => {
    const name = `hubmig_${randomBytes(4).toString("hex")}`;
    names.push(name);
    await ensureDatabase(server, name);
    const db = await create(databaseUrlFor(server, name)).initialize();
    try {
      const applied = await db.runMigrations({ transaction: "each" });
      expect(applied.length).toBe(db.migrations.length);
      for (let i = 0; i < applied.length; i++) await db.undoLastMigration({ transaction: "each" });
      const left = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
      expect(left).toEqual([]);
      expect((await db.runMigrations({ transaction: "each" })).length).toBe(db.migrations.length);
      expect(await db.showMigrations()).toBe(false);
    } finally {
      await db.destroy();
    }
  });
});
