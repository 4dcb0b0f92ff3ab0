import type { DataSource } from "typeorm";
import { BOARD } from "../auth/caller.js";
import { databaseUrlFor, ensureDatabase, participantDatabaseName } from "../db/databases.js";
import { createBoardDataSource } from "../../subgraphs/board/database.js";
import { createNationalDataSource } from "../../subgraphs/national/database.js";
import { startEmbeddedDatabase } from "./embedded-database.js";
import type { DevLayout } from "./dev-layout.js";

export interface DevDatabaseServer {
  /** Server URL; each participant has its own database `hub_<code>` on it. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL if set (a server the operator runs), otherwise the embedded PostgreSQL under `.data/`. */
export async function openDevDatabaseServer(layout: DevLayout): Promise<DevDatabaseServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedDatabase(layout.databaseDir, layout.databasePort);
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

export function participantDatabaseUrl(serverUrl: string, participant: string): string {
  return databaseUrlFor(serverUrl, participantDatabaseName("hub", participant));
}

/** Creates the participant's database if needed, runs its migrations and hands it to `work`. */
export async function withMigratedDatabase<T>(
  serverUrl: string,
  participant: string,
  work: (db: DataSource) => Promise<T>,
): Promise<T> {
  await ensureDatabase(serverUrl, participantDatabaseName("hub", participant));
  const url = participantDatabaseUrl(serverUrl, participant);
  const db = await (participant === BOARD ? createBoardDataSource(url) : createNationalDataSource(url, participant)).initialize();
  try {
    await db.runMigrations({ transaction: "each" });
    return await work(db);
  } finally {
    await db.destroy();
  }
}
