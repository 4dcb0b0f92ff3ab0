import pg from "pg";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prepareDatabase } from "../migrations/prepare-database.js";
import { databaseRoles, roleUrl } from "../shared/db/roles.js";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * The services connect as a service role, not as the owner nor a superuser (issue 11): tried as that
 * role, over its real connection, everything that would let the running application rewrite its own
 * access log is refused by PostgreSQL with insufficient_privilege (42501), while the read path that
 * appends to the log keeps working.
 */
const INSUFFICIENT_PRIVILEGE = "42501";

async function refused(db: DataSource, sql: string): Promise<string> {
  const error = await db.query(sql).then(
    () => null,
    (e: { code?: string; driverError?: { code?: string }; message: string }) => e,
  );
  expect(error, `${sql} must be refused`).not.toBeNull();
  expect(error!.driverError?.code ?? error!.code, `${sql}: ${error!.message}`).toBe(INSUFFICIENT_PRIVILEGE);
  return error!.message;
}

describe("the service role", () => {
  let hub: TestHub;
  let service: DataSource;
  let owner: DataSource;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    service = hub.nations.get("JP")!.serviceDb;
    owner = hub.nations.get("JP")!.db;
    await insertIncidents(owner, "JP", [{ classification: Classification.SHARED, title: "JP shared record" }]);
    // One foreign read, so that the log holds an entry to attack.
    const us = await hub.token("US", { roles: ["regulator"] });
    const read = await hub.query(us, `{ country(code: "JP") { incidents { nodes { title } } } }`);
    expect(read.body.data.country.incidents.nodes).toEqual([{ title: "JP shared record" }]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("is what the running subgraph connects as: neither the owner nor a superuser", async () => {
    const [row] = await service.query(`SELECT current_user AS role, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
      (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'access_log') AS log_owner`);
    expect(row.superuser).toBe(false);
    expect(row.role).toMatch(/_service$/);
    expect(row.log_owner).toMatch(/_owner$/);
    expect(row.log_owner).not.toBe(row.role);
  });

  it("cannot update, delete or truncate the access log, nor switch its triggers off or drop them", async () => {
    expect(await refused(service, `UPDATE access_log SET caller_subject = 'someone-else' WHERE seq = 1`)).toMatch(/permission denied for table access_log/);
    expect(await refused(service, `DELETE FROM access_log WHERE seq = 1`)).toMatch(/permission denied for table access_log/);
    expect(await refused(service, `TRUNCATE access_log`)).toMatch(/permission denied for table access_log/);
    expect(await refused(service, `ALTER TABLE access_log DISABLE TRIGGER ALL`)).toMatch(/must be owner of table access_log/);
    expect(await refused(service, `ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_delete`)).toMatch(/must be owner/);
    expect(await refused(service, `DROP TRIGGER access_log_no_update_delete ON access_log`)).toMatch(/must be owner/);
    // The other way to silence triggers for a session.
    expect(await refused(service, `SET session_replication_role = replica`)).toMatch(/permission denied to set parameter/);
    const [{ entries }] = await owner.query(`SELECT count(*)::int AS entries FROM access_log WHERE caller_subject <> 'someone-else'`);
    expect(entries).toBeGreaterThan(0);
  });

  it("cannot rewrite the other append-only tables, the migrations or the deployment's identity", async () => {
    await refused(service, `UPDATE incident_revision SET reason = 'x'`);
    await refused(service, `DELETE FROM incident_revision`);
    await refused(service, `TRUNCATE incident_revision`);
    await refused(service, `UPDATE deployment_identity SET participant = 'US'`);
    await refused(service, `INSERT INTO migrations (timestamp, name) VALUES (1, 'Forged1')`);
    await refused(service, `DELETE FROM migrations`);
    await refused(service, `ALTER TABLE incident ADD COLUMN smuggled text`);
  });

  it("keeps every table protected by an append-only trigger insert-only, whichever migration made it", async () => {
    const rows = await owner.query(
      `SELECT DISTINCT c.relname AS name,
              has_table_privilege($1, c.oid, 'SELECT') AS can_select, has_table_privilege($1, c.oid, 'INSERT') AS can_insert,
              has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE') OR has_table_privilege($1, c.oid, 'TRUNCATE')
                OR has_table_privilege($1, c.oid, 'TRIGGER') OR has_table_privilege($1, c.oid, 'REFERENCES') AS can_change
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE NOT t.tgisinternal AND p.proname LIKE '%append\\_only' ORDER BY 1`,
      [(await service.query(`SELECT current_user AS u`))[0].u],
    );
    expect(rows.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(["access_log", "incident_revision", "deployment_identity"]));
    for (const row of rows) expect(row, row.name).toMatchObject({ can_select: true, can_change: false });
    for (const row of rows.filter((r: { name: string }) => r.name !== "deployment_identity")) expect(row.can_insert, row.name).toBe(true);
  });

  it("cannot create objects: no tables, no temporary tables, no functions", async () => {
    expect(await refused(service, `CREATE TABLE smuggled (id int)`)).toMatch(/permission denied for schema public/);
    await refused(service, `CREATE TEMPORARY TABLE smuggled (id int)`);
    await refused(service, `CREATE FUNCTION smuggled() RETURNS int LANGUAGE sql AS 'SELECT 1'`);
  });

  it("cannot even connect to another participant's database", async () => {
    const [{ u: role, d: database }] = await service.query(`SELECT current_user AS u, current_database() AS d`);
    const [{ d: boardDatabase }] = await hub.boardDb.query(`SELECT current_database() AS d`);
    expect(role).toBe(databaseRoles(database).service);
    // JP's service role, with its own password, at the board's database on the same server.
    const client = new pg.Client({ connectionString: roleUrl(inject("databaseUrl"), boardDatabase, role) });
    const error = await client.connect().then(
      () => null,
      (e: { code?: string }) => e,
    );
    await client.end().catch(() => {});
    expect(error?.code).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it("still appends to the log through the normal read path", async () => {
    const [{ n: before }] = await owner.query(`SELECT count(*)::int AS n FROM access_log`);
    const us = await hub.token("US", { roles: ["regulator"], subject: "us-second-reader" });
    const read = await hub.query(us, `{ country(code: "JP") { incidents { nodes { title } } } }`);
    expect(read.body.errors).toBeUndefined();
    const [{ n: after }] = await owner.query(`SELECT count(*)::int AS n FROM access_log`);
    expect(after).toBeGreaterThan(before);
    const [{ subject }] = await owner.query(`SELECT caller_subject AS subject FROM access_log ORDER BY seq DESC LIMIT 1`);
    expect(subject).toBe("us-second-reader");
  });

  it("gets sane privileges on tables a later migration adds", async () => {
    const role = databaseRoles((await owner.query(`SELECT current_database() AS d`))[0].d).service;
    await owner.query(`CREATE TABLE later_checkpoint (seq bigint PRIMARY KEY, hash char(64) NOT NULL)`);
    await owner.query(`CREATE TRIGGER later_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON later_checkpoint FOR EACH ROW EXECUTE FUNCTION append_only()`);
    await owner.query(`CREATE TABLE later_settings (key text PRIMARY KEY, value text)`);
    const privileges = async (table: string) =>
      (
        await owner.query(
          `SELECT array_to_string(ARRAY(SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE']) p WHERE has_table_privilege($1, $2, p)), ' ') AS granted`,
          [role, table],
        )
      )[0].granted;
    // Before the migrate command's grant step runs, the owner's default privileges already hold: insert-only.
    expect(await privileges("later_checkpoint")).toBe("SELECT INSERT");
    expect(await privileges("later_settings")).toBe("SELECT INSERT");
    await prepareDatabase(owner, { kind: "national", country: "JP" }, role);
    expect(await privileges("later_checkpoint")).toBe("SELECT INSERT");
    expect(await privileges("later_settings")).toBe("SELECT INSERT UPDATE DELETE");
    await refused(service, `UPDATE later_checkpoint SET hash = hash`);
  });
});
