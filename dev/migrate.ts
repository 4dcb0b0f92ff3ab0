import "reflect-metadata";
import { BOARD } from "../shared/auth/caller.js";
import { migrateDatabase } from "../migrations/migrate.js";
import { DevDatabaseServer } from "./dev-databases.js";
import { devLayout } from "./dev-layout.js";
import { demoParticipants } from "./seed/demo-participants.js";

/**
 * `npm run migrate`: runs pending migrations.
 *   npm run migrate                    every database of the dev hub (embedded PostgreSQL, or DATABASE_URL as server),
 *                                      each with its own owner and service roles (shared/db/roles.ts)
 *   npm run migrate -- board           the board's database at DATABASE_URL (production: the owner role's URL,
 *   npm run migrate -- national KR     and HUB_SERVICE_ROLE the role the services connect as)
 */
const args = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);

if (args.length > 0) {
  process.exitCode = await migrateDatabase(args, say);
} else {
  const layout = devLayout();
  const database = await DevDatabaseServer.open(layout);
  try {
    for (const participant of [BOARD, ...demoParticipants(layout.demoCountries).map((p) => p.code)]) {
      await database.withMigrated(participant, async () => say(`${participant}: up to date`));
    }
  } finally {
    await database.stop();
  }
}
