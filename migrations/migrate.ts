import "reflect-metadata";
import { pathToFileURL } from "node:url";
import { createBoardDataSource } from "../subgraphs/board/database.js";
import { createNationalDataSource } from "../subgraphs/national/database.js";

/**
 * `node dist/migrations/migrate.js board | national CODE`: runs the pending migrations of one production
 * database, named by DATABASE_URL. (`npm run migrate` with no target migrates the dev hub instead.)
 */
export async function migrateDatabase(args: string[], say: (line: string) => void): Promise<number> {
  const [target, country] = args;
  if (target !== "board" && target !== "national") {
    process.stderr.write(`Unknown target "${target ?? ""}". Use: board | national CODE\n`);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write("DATABASE_URL must name the database to migrate.\n");
    return 2;
  }
  if (target === "national" && !country) {
    process.stderr.write("Usage: migrate national COUNTRY_CODE\n");
    return 2;
  }
  const db = await (target === "board" ? createBoardDataSource(url) : createNationalDataSource(url, country!)).initialize();
  try {
    const applied = await db.runMigrations({ transaction: "each" });
    say(applied.length ? `applied: ${applied.map((m) => m.name).join(", ")}` : "up to date");
  } finally {
    await db.destroy();
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await migrateDatabase(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`));
}
