import type { DataSource } from "typeorm";
import { grantServicePrivileges, type ServiceGrants } from "../shared/db/service-privileges.js";

export type MigrationTarget = { kind: "board" } | { kind: "national"; country: string };

/** A database this command must not migrate (it belongs to another participant). */
export class MigrationRefused extends Error {}

export interface PreparedDatabase {
  applied: string[];
  /** The participant a national database is marked for. */
  participant?: string;
  grants?: ServiceGrants;
}

const PARTICIPANT_CODE = /^[A-Z]{2,8}$/;

/** Tables the running service reads and never writes: what migrated it, and whose database it is. */
const READ_ONLY_TABLES = ["migrations", "typeorm_metadata", "deployment_identity"];

/**
 * The one way a participant database is brought up to date, in production (migrations/migrate.ts), in
 * dev (dev/dev-databases.ts) and in tests: connected as the owner, it refuses a national database marked
 * for another country, runs the pending migrations, marks a national database with its country, and
 * grants the service role what it needs and no more (shared/db/service-privileges.ts).
 */
export async function prepareDatabase(db: DataSource, target: MigrationTarget, serviceRole: string | null): Promise<PreparedDatabase> {
  if (target.kind === "national") {
    if (!PARTICIPANT_CODE.test(target.country)) throw new MigrationRefused(`"${target.country}" is not a participant code (e.g. JP, KR).`);
    assertSameParticipant(await markedParticipant(db), target.country);
  }
  const applied = (await db.runMigrations({ transaction: "each" })).map((m) => m.name);
  let participant: string | undefined;
  if (target.kind === "national") {
    await db.query(`INSERT INTO deployment_identity (participant) VALUES ($1) ON CONFLICT (singleton) DO NOTHING`, [target.country]);
    participant = (await markedParticipant(db))!;
    assertSameParticipant(participant, target.country);
  }
  const grants = serviceRole ? await grantServicePrivileges(db, serviceRole, READ_ONLY_TABLES) : undefined;
  return { applied, participant, grants };
}

/** The participant a national database was marked for, or null (not marked yet, or not migrated). */
export async function markedParticipant(db: DataSource): Promise<string | null> {
  const [{ present }] = (await db.query(`SELECT to_regclass('public.deployment_identity') IS NOT NULL AS present`)) as { present: boolean }[];
  if (!present) return null;
  const rows = (await db.query(`SELECT participant FROM deployment_identity`)) as { participant: string }[];
  return rows[0]?.participant ?? null;
}

function assertSameParticipant(marked: string | null, country: string): void {
  if (marked !== null && marked !== country) {
    throw new MigrationRefused(
      `This database belongs to ${marked}, not ${country}: refusing to migrate it. Check DATABASE_URL (or the country code).`,
    );
  }
}
