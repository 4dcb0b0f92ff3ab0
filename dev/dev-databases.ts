import type { DataSource } from "typeorm";
import { BOARD } from "../shared/auth/caller.js";
import { databaseUrlFor, ensureDatabase, participantDatabaseName } from "../shared/db/databases.js";
import { createBoardDataSource } from "../subgraphs/board/database.js";
import { createNationalDataSource } from "../subgraphs/national/database.js";
import { startEmbeddedDatabase } from "./embedded-database.js";
import type { DevLayout } from "./dev-layout.js";

/**
 * The PostgreSQL server of the dev hub, with one database per participant (`<prefix>_<code>`):
 * DATABASE_URL if set (a server the operator runs), otherwise the embedded PostgreSQL under `.data/`.
 */
export class DevDatabaseServer {
  private constructor(
    readonly url: string,
    readonly embedded: boolean,
    private readonly prefix: string,
    readonly stop: () => Promise<void>,
  ) {}

  static async open(layout: DevLayout): Promise<DevDatabaseServer> {
    if (process.env.DATABASE_URL) return new DevDatabaseServer(process.env.DATABASE_URL, false, layout.databasePrefix, async () => {});
    const embedded = await startEmbeddedDatabase(layout.databaseDir, layout.databasePort);
    return new DevDatabaseServer(embedded.url, true, layout.databasePrefix, embedded.stop);
  }

  databaseUrl(participant: string): string {
    return databaseUrlFor(this.url, participantDatabaseName(this.prefix, participant));
  }

  /** Creates the participant's database if needed, runs its migrations and hands it to `work`. */
  async withMigrated<T>(participant: string, work: (db: DataSource) => Promise<T>): Promise<T> {
    await ensureDatabase(this.url, participantDatabaseName(this.prefix, participant));
    const url = this.databaseUrl(participant);
    const db = await (participant === BOARD ? createBoardDataSource(url) : createNationalDataSource(url, participant)).initialize();
    try {
      await db.runMigrations({ transaction: "each" });
      return await work(db);
    } finally {
      await db.destroy();
    }
  }
}
