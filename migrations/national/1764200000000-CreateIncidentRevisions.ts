import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateIncidentRevisions1764200000000 implements MigrationInterface {
  name = "CreateIncidentRevisions1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE incident ADD COLUMN updated_at timestamptz(3)`);
    await queryRunner.query(`
      CREATE TABLE incident_revision (
        id uuid PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incident (id),
        revised_at timestamptz(3) NOT NULL,
        revised_by text NOT NULL,
        reason text NOT NULL CHECK (length(reason) > 0),
        -- The values the revision replaced, by field: the record's history can be replayed backwards.
        previous jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX incident_revision_incident ON incident_revision (incident_id, revised_at)`);
    await queryRunner.query(
      `CREATE TRIGGER incident_revision_no_update_delete BEFORE UPDATE OR DELETE ON incident_revision FOR EACH ROW EXECUTE FUNCTION append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER incident_revision_no_truncate BEFORE TRUNCATE ON incident_revision FOR EACH STATEMENT EXECUTE FUNCTION append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE incident_revision`);
    await queryRunner.query(`ALTER TABLE incident DROP COLUMN updated_at`);
  }
}
