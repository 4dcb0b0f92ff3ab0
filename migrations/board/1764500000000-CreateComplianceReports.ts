import type { MigrationInterface, QueryRunner } from "typeorm";

const TABLES = ["compliance_report", "compliance_assessment", "compliance_evidence", "compliance_report_history"];

/**
 * Compliance reports against the Tokyo Safety Baseline. Everything here is append-only: a
 * resubmission is a new version and a review a new history entry, so what a country filed and what the
 * board decided can never be rewritten, not even by a bug or a hand-written statement.
 */
export class CreateComplianceReports1764500000000 implements MigrationInterface {
  name = "CreateComplianceReports1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // The national databases have their own append_only(); the board's database is a different one
    // and gets its own, named apart so the two can never be confused if ever they share a server's schema.
    await queryRunner.query(`
      CREATE FUNCTION board_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TABLE compliance_report (
        id uuid PRIMARY KEY,
        country varchar(8) NOT NULL REFERENCES country (code),
        milestone text NOT NULL CHECK (milestone IN ('M6', 'M12', 'M18')),
        version integer NOT NULL CHECK (version >= 1),
        baseline_version text NOT NULL,
        submitted_at timestamptz(3) NOT NULL,
        submitted_by text NOT NULL,
        UNIQUE (country, milestone, version),
        -- Target of the evidence's foreign key: a report cites its own country's records only.
        UNIQUE (id, country)
      )`);
    await queryRunner.query(`
      CREATE TABLE compliance_assessment (
        report_id uuid NOT NULL REFERENCES compliance_report (id),
        item_code text NOT NULL CHECK (item_code ~ '^TSB-[0-9]{2}$'),
        position smallint NOT NULL CHECK (position >= 0),
        rating text NOT NULL CHECK (rating IN ('COMPLIANT', 'LARGELY_COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE')),
        note text CHECK (length(note) BETWEEN 1 AND 4000),
        PRIMARY KEY (report_id, item_code),
        UNIQUE (report_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE compliance_evidence (
        report_id uuid NOT NULL,
        item_code text NOT NULL,
        position smallint NOT NULL CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN ('INCIDENT', 'AUDIT', 'SYSTEM')),
        country varchar(8) NOT NULL,
        record_id uuid NOT NULL,
        PRIMARY KEY (report_id, item_code, position),
        UNIQUE (report_id, item_code, kind, record_id),
        FOREIGN KEY (report_id, item_code) REFERENCES compliance_assessment (report_id, item_code),
        FOREIGN KEY (report_id, country) REFERENCES compliance_report (id, country)
      )`);
    await queryRunner.query(`
      CREATE TABLE compliance_report_history (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES compliance_report (id),
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'CHANGES_REQUESTED', 'ESCALATION_RECOMMENDED')),
        at timestamptz(3) NOT NULL,
        changed_by text NOT NULL,
        comment text CHECK (length(comment) BETWEEN 1 AND 4000),
        -- The board must say why it asks for changes or recommends an escalation.
        CHECK (status NOT IN ('CHANGES_REQUESTED', 'ESCALATION_RECOMMENDED') OR comment IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX compliance_report_history_report ON compliance_report_history (report_id, seq)`);
    await queryRunner.query(`CREATE INDEX compliance_report_milestone ON compliance_report (milestone, country, version)`);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION board_append_only()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION board_append_only()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
    await queryRunner.query(`DROP FUNCTION board_append_only()`);
  }
}
