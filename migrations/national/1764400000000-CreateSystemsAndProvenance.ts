import type { MigrationInterface, QueryRunner } from "typeorm";

/** Organisations, AI systems, their deployments and provenance labels (training sources, releases). */
export class CreateSystemsAndProvenance1764400000000 implements MigrationInterface {
  name = "CreateSystemsAndProvenance1764400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE weights_access AS ENUM ('OPEN', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE risk_tier AS ENUM ('HIGH_RISK', 'LIMITED_RISK', 'MINIMAL_RISK')`);
    await queryRunner.query(`CREATE TYPE training_source_kind AS ENUM ('WEB_CRAWL', 'LICENSED', 'PUBLIC_DATASET', 'SYNTHETIC', 'USER_DATA', 'PROPRIETARY')`);
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY,
        country varchar(8) NOT NULL,
        name text NOT NULL CHECK (length(name) > 0),
        demo boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`
      CREATE TABLE ai_system (
        id uuid PRIMARY KEY,
        country varchar(8) NOT NULL,
        name text NOT NULL CHECK (length(name) > 0),
        description text NOT NULL,
        developer_id uuid NOT NULL REFERENCES organisation (id),
        weights weights_access NOT NULL,
        risk_tier risk_tier NOT NULL,
        classification classification NOT NULL,
        demo boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`CREATE INDEX ai_system_classification ON ai_system (classification, name)`);
    await queryRunner.query(`
      CREATE TABLE deployment (
        id uuid PRIMARY KEY,
        system_id uuid NOT NULL REFERENCES ai_system (id),
        deployer_id uuid NOT NULL REFERENCES organisation (id),
        setting text NOT NULL CHECK (length(setting) > 0),
        deployed_at timestamptz(3) NOT NULL,
        high_risk boolean NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX deployment_system ON deployment (system_id, deployed_at)`);
    await queryRunner.query(`
      CREATE TABLE training_source (
        id uuid PRIMARY KEY,
        system_id uuid NOT NULL REFERENCES ai_system (id),
        name text NOT NULL CHECK (length(name) > 0),
        kind training_source_kind NOT NULL,
        description text NOT NULL DEFAULT ''
      )`);
    await queryRunner.query(`CREATE INDEX training_source_system ON training_source (system_id)`);
    await queryRunner.query(`
      CREATE TABLE system_release (
        id uuid PRIMARY KEY,
        system_id uuid NOT NULL REFERENCES ai_system (id),
        version text NOT NULL CHECK (length(version) > 0),
        released_at timestamptz(3) NOT NULL,
        changes text NOT NULL,
        architecture_change boolean NOT NULL DEFAULT false,
        UNIQUE (system_id, version)
      )`);
    await queryRunner.query(`ALTER TABLE incident ADD COLUMN system_id uuid REFERENCES ai_system (id)`);
    await queryRunner.query(`CREATE INDEX incident_system ON incident (system_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE incident DROP COLUMN system_id`);
    for (const table of ["system_release", "training_source", "deployment", "ai_system", "organisation"]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const type of ["training_source_kind", "risk_tier", "weights_access"]) await queryRunner.query(`DROP TYPE ${type}`);
  }
}
