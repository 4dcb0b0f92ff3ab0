import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { prepareDatabase } from "../../migrations/prepare-database.js";
import { createNationalDataSource } from "../../subgraphs/national/database.js";
import { databaseUrlFor, dropDatabase, ensureDatabase } from "./databases.js";
import { databaseRoles, dropDatabaseRoles, ensureDatabaseRoles } from "./roles.js";

/** A dev database first migrated by the superuser (before roles existed) is handed to its owner role. */
describe("ensureDatabaseRoles", () => {
  const server = inject("databaseUrl");
  const name = `hubmig_${randomBytes(4).toString("hex")}`;
  afterAll(async () => {
    await dropDatabase(server, name);
    await dropDatabaseRoles(server, name);
  });

  it("adopts what an earlier run created as the superuser, so the owner migrates and grants from then on", async () => {
    await ensureDatabase(server, name);
    const old = await createNationalDataSource(databaseUrlFor(server, name), "JP").initialize();
    await old.runMigrations({ transaction: "each" });
    await old.query(`DELETE FROM migrations WHERE name = 'CreateDeploymentIdentity1765500000000'`);
    await old.query(`DROP TABLE deployment_identity`);
    await old.destroy();

    // Twice: the second run finds everything in place.
    await ensureDatabaseRoles(server, name);
    const { ownerUrl } = await ensureDatabaseRoles(server, name);
    const owner = await createNationalDataSource(ownerUrl, "JP").initialize();
    try {
      const prepared = await prepareDatabase(owner, { kind: "national", country: "JP" }, databaseRoles(name).service);
      expect(prepared.applied).toEqual(["CreateDeploymentIdentity1765500000000"]);
      expect(prepared.participant).toBe("JP");
      const foreign = await owner.query(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
      );
      expect(foreign).toEqual([]);
    } finally {
      await owner.destroy();
    }
  });
});
