import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateIncidentRegister1764000000000 implements MigrationInterface {
  name = "CreateIncidentRegister1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE severity AS ENUM ('HAZARD', 'SERIOUS_HAZARD', 'INCIDENT', 'SERIOUS_INCIDENT', 'DISASTER')`,
    );
    await queryRunner.query(`CREATE TYPE classification AS ENUM ('PUBLIC', 'SHARED', 'RESTRICTED', 'NATIONAL_SECURITY')`);
    await queryRunner.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY,
        country varchar(8) NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL CHECK (length(summary) > 0),
        severity severity NOT NULL,
        classification classification NOT NULL,
        occurred_at timestamptz(3) NOT NULL,
        detected_at timestamptz(3),
        reported_at timestamptz(3) NOT NULL,
        reported_by text NOT NULL,
        demo boolean NOT NULL DEFAULT false,
        CHECK (detected_at IS NULL OR detected_at >= occurred_at)
      )`);
    // Pages are read newest first, always within the caller's visible classifications.
    await queryRunner.query(`CREATE INDEX incident_page ON incident (occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX incident_classification_page ON incident (classification, occurred_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE incident`);
    await queryRunner.query(`DROP TYPE classification`);
    await queryRunner.query(`DROP TYPE severity`);
  }
}
