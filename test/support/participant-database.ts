import type { DataSource } from "typeorm";
import { type MigrationTarget, prepareDatabase } from "../../migrations/prepare-database.js";
import { dropDatabase, ensureDatabase } from "../../shared/db/databases.js";
import { databaseRoles, dropDatabaseRoles, ensureDatabaseRoles } from "../../shared/db/roles.js";
import { createBoardDataSource } from "../../subgraphs/board/database.js";
import { createNationalDataSource } from "../../subgraphs/national/database.js";

export interface ParticipantDatabase {
  name: string;
  /** Connected as the owner: migrations, fixtures, and the tests' own look into the tables. */
  owner: DataSource;
  /** Connected as the service role: what the subgraph under test runs with. */
  service: DataSource;
  ownerUrl: string;
  serviceUrl: string;
  drop(): Promise<void>;
}

/**
 * A participant database as production has it: its own owner and service roles (named after the
 * database, so parallel suites never share one), migrated by the owner through the same code as
 * `migrate`, the service role granted row access only.
 */
export async function createParticipantDatabase(serverUrl: string, name: string, target: MigrationTarget): Promise<ParticipantDatabase> {
  await ensureDatabase(serverUrl, name);
  const { ownerUrl, serviceUrl } = await ensureDatabaseRoles(serverUrl, name);
  const create = (url: string) => (target.kind === "board" ? createBoardDataSource(url) : createNationalDataSource(url, target.country));
  const owner = await create(ownerUrl).initialize();
  await prepareDatabase(owner, target, databaseRoles(name).service);
  const service = await create(serviceUrl).initialize();
  return {
    name,
    owner,
    service,
    ownerUrl,
    serviceUrl,
    drop: async () => {
      if (service.isInitialized) await service.destroy();
      if (owner.isInitialized) await owner.destroy();
      await dropDatabase(serverUrl, name);
      await dropDatabaseRoles(serverUrl, name);
    },
  };
}
