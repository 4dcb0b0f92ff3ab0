/**
 * What the service role may do in a participant database, granted by the owner after every migration
 * run, so a table added by a later migration gets its grants by construction:
 * - tables protected by an append-only trigger (a trigger calling a function named `*append_only`):
 *   SELECT and INSERT only, so the running service cannot UPDATE, DELETE or TRUNCATE them even if the
 *   trigger were gone;
 * - `readOnly` tables (the migrations table, the deployment's identity): SELECT only;
 * - every other table: SELECT, INSERT, UPDATE, DELETE; sequences: USAGE, SELECT.
 * The service role owns nothing, so it cannot ALTER a table, disable or drop a trigger; it gets no
 * CREATE on the schema and no TEMPORARY on the database. Default privileges make a table created by
 * the owner outside this step insert-only for the service until the next migration run widens it.
 */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export interface ServiceGrants {
  appendOnly: string[];
  readOnly: string[];
  readWrite: string[];
}

export async function grantServicePrivileges(db: Queryable, serviceRole: string, readOnly: readonly string[]): Promise<ServiceGrants> {
  const role = quoteIdent(serviceRole);
  const [{ database, owner }] = (await db.query(`SELECT current_database() AS database, current_user AS owner`)) as { database: string; owner: string }[];
  await assertServiceRoleIsUnprivileged(db, serviceRole, owner);

  const foreign = (await db.query(
    `SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
        AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)`,
  )) as { name: string; owner: string }[];
  if (foreign.length > 0) {
    throw new Error(
      `Tables not owned by ${owner}: ${foreign.map((t) => `${t.name} (${t.owner})`).join(", ")}. ` +
        `As a superuser: REASSIGN OWNED BY <old owner> TO ${owner}; then migrate again.`,
    );
  }

  await db.query(`REVOKE ALL ON DATABASE ${quoteIdent(database)} FROM PUBLIC`);
  await db.query(`GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${role}`);
  await db.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await db.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO ${role}`);
  await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);

  const tables = (await db.query(
    `SELECT c.relname AS name,
            EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                     WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND p.proname LIKE '%append\\_only') AS append_only
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  )) as { name: string; append_only: boolean }[];
  const grants: ServiceGrants = { appendOnly: [], readOnly: [], readWrite: [] };
  for (const table of tables) {
    const name = quoteIdent(table.name);
    await db.query(`REVOKE ALL ON TABLE ${name} FROM ${role}`);
    if (readOnly.includes(table.name)) {
      await db.query(`GRANT SELECT ON TABLE ${name} TO ${role}`);
      grants.readOnly.push(table.name);
    } else if (table.append_only) {
      await db.query(`GRANT SELECT, INSERT ON TABLE ${name} TO ${role}`);
      grants.appendOnly.push(table.name);
    } else {
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE ${name} TO ${role}`);
      grants.readWrite.push(table.name);
    }
  }
  await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  return grants;
}

/** A superuser, the owner itself or a member of the owner would make every grant above moot. */
async function assertServiceRoleIsUnprivileged(db: Queryable, serviceRole: string, owner: string): Promise<void> {
  const rows = (await db.query(
    `SELECT rolsuper, rolbypassrls, rolcreaterole, pg_has_role($1, $2, 'MEMBER') AS acts_as_owner FROM pg_roles WHERE rolname = $1`,
    [serviceRole, owner],
  )) as { rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean; acts_as_owner: boolean }[];
  const role = rows[0];
  if (!role) throw new Error(`The service role "${serviceRole}" does not exist: create it first (README, "Least privilege").`);
  if (role.rolsuper || role.rolbypassrls || role.rolcreaterole) {
    throw new Error(`The service role "${serviceRole}" must be an ordinary role (NOSUPERUSER NOBYPASSRLS NOCREATEROLE).`);
  }
  if (role.acts_as_owner) throw new Error(`The service role "${serviceRole}" is, or is a member of, the owner ${owner}: use a separate role.`);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
