import type { DataSource } from "typeorm";
import { BOARD } from "../shared/auth/caller.js";
import { databaseRoles, roleUrl } from "../shared/db/roles.js";
import { participantDatabaseName } from "../shared/db/databases.js";
import { openParticipantDatabase } from "../migrations/participant-database.js";
import { startEmbeddedDatabase } from "./embedded-database.js";
import type { DevLayout } from "./dev-layout.js";

/**
 * The PostgreSQL server of the dev hub, with one database per participant (`<prefix>_<code>`):
 * DATABASE_URL if set (a server the operator runs), otherwise the embedded PostgreSQL under `.data/`.
 * Each database has its own owner role (migrations, seeds) and service role (the running subgraph), as
 * in production (shared/db/roles.ts).
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

  /** What the participant's service connects as: its service role, never the owner or the superuser. */
  databaseUrl(participant: string): string {
    const name = participantDatabaseName(this.prefix, participant);
    return roleUrl(this.url, name, databaseRoles(name).service);
  }

  /**
   * Creates the participant's database and roles if needed, runs its migrations as the owner (marking a
   * national database with its country, granting the service role) and hands it, as the owner, to `work`.
   */
  async withMigrated<T>(participant: string, work: (db: DataSource) => Promise<T>): Promise<T> {
    const name = participantDatabaseName(this.prefix, participant);
    const target = participant === BOARD ? ({ kind: "board" } as const) : ({ kind: "national", country: participant } as const);
    const { owner } = await openParticipantDatabase(this.url, name, target);
    try {
      return await work(owner);
    } finally {
      await owner.destroy();
    }
  }
}
