import "reflect-metadata";
import { BOARD } from "../auth/caller.js";
import { createBoardDataSource } from "../../subgraphs/board/database.js";
import { createNationalDataSource } from "../../subgraphs/national/database.js";
import { DevDatabaseServer } from "./dev-databases.js";
import { devLayout } from "./dev-layout.js";
import { demoParticipants } from "./seed/demo-participants.js";

/**
 * `npm run migrate`: runs pending migrations.
 *   npm run migrate                    every database of the dev hub (embedded PostgreSQL, or DATABASE_URL as server)
 *   npm run migrate -- board           the board's database at DATABASE_URL (production)
 *   npm run migrate -- national KR     KR's national database at DATABASE_URL (production)
 */
const [target, country] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);

if (target === "board" || target === "national") {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write("DATABASE_URL must name the database to migrate.\n");
    process.exit(2);
  }
  if (target === "national" && !country) {
    process.stderr.write("Usage: npm run migrate -- national COUNTRY_CODE\n");
    process.exit(2);
  }
  const db = await (target === "board" ? createBoardDataSource(url) : createNationalDataSource(url, country!)).initialize();
  const applied = await db.runMigrations({ transaction: "each" });
  await db.destroy();
  say(applied.length ? `applied: ${applied.map((m) => m.name).join(", ")}` : "up to date");
} else if (target === undefined) {
  const layout = devLayout();
  const database = await DevDatabaseServer.open(layout);
  try {
    for (const participant of [BOARD, ...demoParticipants(layout.demoCountries).map((p) => p.code)]) {
      await database.withMigrated(participant, async () => say(`${participant}: up to date`));
    }
  } finally {
    await database.stop();
  }
} else {
  process.stderr.write(`Unknown target "${target}". Use: board | national CODE | (nothing, for the dev hub)\n`);
  process.exit(2);
}
