import type { MigrationInterface, QueryRunner } from "typeorm";

/** Red-team exercises, provenance checks, cross-border pilot audits and verification-lab tests. */
export class CreateAudits1764600000000 implements MigrationInterface {
  name = "CreateAudits1764600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE audit_kind AS ENUM ('RED_TEAM', 'PROVENANCE_CHECK', 'CROSS_BORDER_PILOT', 'VERIFICATION_LAB')`);
    await queryRunner.query(`CREATE TYPE audit_status AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED')`);
    await queryRunner.query(`CREATE TYPE finding_severity AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`);
    await queryRunner.query(`
      CREATE TABLE audit (
        id uuid PRIMARY KEY,
        country varchar(8) NOT NULL,
        system_id uuid NOT NULL REFERENCES ai_system (id),
        kind audit_kind NOT NULL,
        status audit_status NOT NULL,
        classification classification NOT NULL,
        scope text NOT NULL CHECK (length(scope) > 0),
        methodology text NOT NULL CHECK (length(methodology) > 0),
        auditor_country varchar(8) NOT NULL,
        started_at timestamptz(3) NOT NULL,
        completed_at timestamptz(3),
        published_summary text,
        demo boolean NOT NULL DEFAULT false,
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
        CHECK (completed_at IS NULL OR completed_at >= started_at),
        -- A cross-border pilot audit is carried out by another country's auditors.
        CHECK (kind <> 'CROSS_BORDER_PILOT' OR auditor_country <> country)
      )`);
    await queryRunner.query(`CREATE INDEX audit_system ON audit (system_id, kind, completed_at)`);
    await queryRunner.query(`
      CREATE TABLE audit_finding (
        id uuid PRIMARY KEY,
        audit_id uuid NOT NULL REFERENCES audit (id),
        severity finding_severity NOT NULL,
        title text NOT NULL CHECK (length(title) > 0),
        description text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_finding_audit ON audit_finding (audit_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_finding`);
    await queryRunner.query(`DROP TABLE audit`);
    for (const type of ["finding_severity", "audit_status", "audit_kind"]) await queryRunner.query(`DROP TYPE ${type}`);
  }
}
