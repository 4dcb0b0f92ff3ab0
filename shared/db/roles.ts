import { createHmac } from "node:crypto";
import pg from "pg";
import { databaseUrlFor } from "./databases.js";

/**
 * The two database roles of one participant database (least privilege):
 * - the owner runs the migrations and owns every table, type and function they create;
 * - the service role is what the running subgraph connects as: it reads and writes rows, may only
 *   insert into append-only tables, and can neither alter tables, drop triggers nor create objects.
 *
 * Roles are cluster-wide in PostgreSQL, so dev and test name them after their database
 * (`hub_jp_owner`, `hub_jp_service`): parallel suites and `npm start` on one server never share a role.
 * In production an operator creates them once (README, "Least privilege").
 */
export interface DatabaseRoles {
  owner: string;
  service: string;
}

export function databaseRoles(databaseName: string): DatabaseRoles {
  return { owner: `${databaseName}_owner`, service: `${databaseName}_service` };
}

export interface ParticipantUrls {
  /** Connects as the owner: migrations, seeds, test fixtures. */
  ownerUrl: string;
  /** Connects as the service role: the running subgraph. */
  serviceUrl: string;
}

const SAFE_ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Dev and test only: creates the owner and service roles of `databaseName` on the server `adminUrl`
 * names (connected as a superuser), makes the owner own the database and whatever an earlier run
 * created in it as another role, and returns both roles' URLs. Passwords are derived from the admin URL,
 * so every start finds the same ones and nothing has to be stored.
 */
export async function ensureDatabaseRoles(adminUrl: string, databaseName: string): Promise<ParticipantUrls> {
  const roles = databaseRoles(databaseName);
  for (const role of Object.values(roles)) if (!SAFE_ROLE.test(role)) throw new Error(`Unsafe role name ${role}`);
  const admin = new pg.Client({ connectionString: databaseUrlFor(adminUrl, databaseName) });
  await admin.connect();
  try {
    for (const role of [roles.owner, roles.service]) {
      const password = rolePassword(adminUrl, role);
      await createRoleIfMissing(admin, role);
      await admin.query(`ALTER ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`);
    }
    await admin.query(`ALTER DATABASE "${databaseName}" OWNER TO "${roles.owner}"`);
    await adoptObjects(admin, roles.owner);
  } finally {
    await admin.end();
  }
  return {
    ownerUrl: roleUrl(adminUrl, databaseName, roles.owner),
    serviceUrl: roleUrl(adminUrl, databaseName, roles.service),
  };
}

/** Drops the roles of a database that was dropped (tests clean up after themselves). */
export async function dropDatabaseRoles(adminUrl: string, databaseName: string): Promise<void> {
  const roles = databaseRoles(databaseName);
  const admin = new pg.Client({ connectionString: databaseUrlFor(adminUrl, "postgres") });
  await admin.connect();
  try {
    for (const role of [roles.service, roles.owner]) {
      if (SAFE_ROLE.test(role)) await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    }
  } finally {
    await admin.end();
  }
}

export function roleUrl(adminUrl: string, databaseName: string, role: string): string {
  const url = new URL(databaseUrlFor(adminUrl, databaseName));
  url.username = role;
  url.password = rolePassword(adminUrl, role);
  return url.toString();
}

function rolePassword(adminUrl: string, role: string): string {
  return createHmac("sha256", adminUrl).update(role).digest("base64url");
}

async function createRoleIfMissing(admin: pg.Client, role: string): Promise<void> {
  const exists = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  if (exists.rowCount) return;
  try {
    await admin.query(`CREATE ROLE "${role}"`);
  } catch (error) {
    // Another process created it between the check and the CREATE: the role is there, which is all we need.
    const code = (error as { code?: string }).code;
    if (code !== "42710" && code !== "23505") throw error;
  }
}

/**
 * A dev database first migrated before the roles existed holds objects owned by the superuser: hand
 * them to the owner, so that migrations keep running as the owner and the service role's grants apply.
 */
async function adoptObjects(admin: pg.Client, owner: string): Promise<void> {
  const { rows } = await admin.query<{ sql: string }>(
    `SELECT format('ALTER %s %s OWNER TO %I', kind, name, $1::text) AS sql FROM (
       SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END AS kind, format('%I', c.relname) AS name, c.relowner AS owner
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
       UNION ALL
       SELECT 'TYPE', format('%I', t.typname), t.typowner
         FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
       UNION ALL
       SELECT 'FUNCTION', p.oid::regprocedure::text, p.proowner
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public'
     ) objects WHERE owner <> (SELECT oid FROM pg_roles WHERE rolname = $1)`,
    [owner],
  );
  for (const { sql } of rows) await admin.query(sql);
}
