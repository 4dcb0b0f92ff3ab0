import type { DataSource } from "typeorm";
import { ensureDatabase } from "../shared/db/databases.js";
import { databaseRoles, ensureDatabaseRoles } from "../shared/db/roles.js";
import { createBoardDataSource } from "../subgraphs/board/database.js";
import { createNationalDataSource } from "../subgraphs/national/database.js";
import { type MigrationTarget, prepareDatabase } from "./prepare-database.js";

/** The board's or a country's data source at `url` (not yet connected). */
export function participantDataSource(target: MigrationTarget, url: string): DataSource {
  return target.kind === "board" ? createBoardDataSource(url) : createNationalDataSource(url, target.country);
}

export interface OpenedParticipantDatabase {
  /** Connected as the owner, migrated, marked and its service role granted. */
  owner: DataSource;
  ownerUrl: string;
  serviceUrl: string;
}

/**
 * On a server where the hub may create databases and roles (the dev hub, the tests): creates the
 * participant's database and its two roles if needed, connects as the owner and prepares it as
 * `migrate` would. Production creates both by hand and runs `migrate` (README, "Least privilege").
 */
export async function openParticipantDatabase(serverUrl: string, name: string, target: MigrationTarget): Promise<OpenedParticipantDatabase> {
  await ensureDatabase(serverUrl, name);
  const { ownerUrl, serviceUrl } = await ensureDatabaseRoles(serverUrl, name);
  const owner = await participantDataSource(target, ownerUrl).initialize();
  try {
    await prepareDatabase(owner, target, databaseRoles(name).service);
  } catch (error) {
    await owner.destroy();
    throw error;
  }
  return { owner, ownerUrl, serviceUrl };
}
