import "reflect-metadata";
import { pathToFileURL } from "node:url";
import { participantDataSource } from "./participant-database.js";
import { MigrationRefused, type MigrationTarget, prepareDatabase } from "./prepare-database.js";

/**
 * `node dist/migrations/migrate.js board | national CODE`: runs the pending migrations of one production
 * database, named by DATABASE_URL, which connects as the database's OWNER role. HUB_SERVICE_ROLE names the
 * role the services connect as; it is granted what the services need and no more after every run.
 * (`npm run migrate` with no target migrates the dev hub instead.)
 */
export async function migrateDatabase(args: string[], say: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const fail = (line: string, code: number) => {
    process.stderr.write(`${line}\n`);
    return code;
  };
  const [kind, country] = args;
  if (kind !== "board" && kind !== "national") return fail(`Unknown target "${kind ?? ""}". Use: board | national CODE`, 2);
  const url = env.DATABASE_URL;
  if (!url) return fail("DATABASE_URL must name the database to migrate, as its owner role.", 2);
  if (kind === "national" && !country) return fail("Usage: migrate national COUNTRY_CODE", 2);
  const serviceRole = env.HUB_SERVICE_ROLE;
  if (!serviceRole) {
    return fail("HUB_SERVICE_ROLE must name the role the services connect as (README, \"Least privilege\"); it is granted row access only.", 2);
  }
  const target: MigrationTarget = kind === "board" ? { kind } : { kind, country: country! };
  const db = await participantDataSource(target, url).initialize();
  try {
    const prepared = await prepareDatabase(db, target, serviceRole);
    say(prepared.applied.length ? `applied: ${prepared.applied.join(", ")}` : "up to date");
    if (prepared.participant) say(`database of ${prepared.participant}`);
    if (prepared.grants) say(`${serviceRole}: insert-only on ${prepared.grants.appendOnly.join(", ") || "nothing"}; read-only on ${prepared.grants.readOnly.join(", ")}`);
    return 0;
  } catch (error) {
    if (error instanceof MigrationRefused) return fail(error.message, 1);
    return fail(`Migration failed: ${(error as Error).message}`, 1);
  } finally {
    await db.destroy();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await migrateDatabase(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`));
}
