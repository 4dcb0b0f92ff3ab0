import type { DataSource } from "typeorm";

/**
 * Whether this code's migrations are all applied to `db`. Read-only: TypeORM's own showMigrations()
 * would create the migrations table in an empty database, which the service role may not (and should
 * not) do.
 */
export async function pendingMigrations(db: DataSource): Promise<boolean> {
  const [{ present }] = (await db.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`)) as { present: boolean }[];
  if (!present) return db.migrations.length > 0;
  return db.showMigrations();
}

/** Exit code of a service refusing its configuration (EX_CONFIG). */
export const REFUSED_CONFIGURATION = 78;

/** For a service's start: one line on stderr, exit 78, no stack trace. */
export function refuseToStart(service: string, reason: string): never {
  process.stderr.write(`${service} refuses to start: ${reason}\n`);
  process.exit(REFUSED_CONFIGURATION);
}

export async function refuseToStartWithPendingMigrations(service: string, db: DataSource, migrateCommand: string): Promise<void> {
  if (await pendingMigrations(db)) {
    await db.destroy();
    refuseToStart(service, `its database has pending migrations; run \`${migrateCommand}\` first.`);
  }
}
