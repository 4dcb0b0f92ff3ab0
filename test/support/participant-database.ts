import type { DataSource } from "typeorm";
import { openParticipantDatabase, participantDataSource } from "../../migrations/participant-database.js";
import type { MigrationTarget } from "../../migrations/prepare-database.js";
import { dropDatabase } from "../../shared/db/databases.js";
import { dropDatabaseRoles } from "../../shared/db/roles.js";

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
  const { owner, ownerUrl, serviceUrl } = await openParticipantDatabase(serverUrl, name, target);
  const service = await participantDataSource(target, serviceUrl).initialize();
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
