import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateGrantsAndAccessLog1764100000000 implements MigrationInterface {
  name = "CreateGrantsAndAccessLog1764100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE record_kind AS ENUM ('INCIDENT', 'AUDIT', 'SYSTEM')`);
    await queryRunner.query(`
      CREATE TABLE access_grant (
        id uuid PRIMARY KEY,
        grantor varchar(8) NOT NULL,
        grantee varchar(8) NOT NULL CHECK (grantee <> grantor),
        record_kinds record_kind[] NOT NULL CHECK (cardinality(record_kinds) > 0),
        -- The carve-out holds in the schema too: no grant can name NATIONAL_SECURITY or PUBLIC.
        max_classification classification NOT NULL CHECK (max_classification IN ('SHARED', 'RESTRICTED')),
        purpose text NOT NULL CHECK (length(purpose) > 0),
        valid_from timestamptz(3) NOT NULL,
        valid_until timestamptz(3) NOT NULL CHECK (valid_until > valid_from),
        severities severity[],
        system_ids uuid[],
        issued_by text NOT NULL,
        issued_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        revoked_by text
      )`);
    await queryRunner.query(`CREATE INDEX access_grant_grantee ON access_grant (grantee, valid_until) WHERE revoked_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE access_log (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        at timestamptz(3) NOT NULL,
        caller_country varchar(8) NOT NULL,
        caller_subject text NOT NULL,
        caller_role text NOT NULL,
        record_kind record_kind NOT NULL,
        record_id uuid NOT NULL,
        grant_id uuid,
        operation_hash char(64) NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    // Append-only tables: the database itself refuses to change or remove a row.
    await queryRunner.query(`
      CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_log`);
    await queryRunner.query(`DROP FUNCTION append_only()`);
    await queryRunner.query(`DROP TABLE access_grant`);
    await queryRunner.query(`DROP TYPE record_kind`);
  }
}
