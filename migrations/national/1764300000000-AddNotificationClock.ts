import type { MigrationInterface, QueryRunner } from "typeorm";

/** The 72-hour notification rule for incidents in high-risk deployments. */
export class AddNotificationClock1764300000000 implements MigrationInterface {
  name = "AddNotificationClock1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE incident
        ADD COLUMN high_risk boolean NOT NULL DEFAULT false,
        ADD COLUMN notified_at timestamptz(3),
        ADD CONSTRAINT incident_high_risk_detected CHECK (NOT high_risk OR detected_at IS NOT NULL),
        ADD CONSTRAINT incident_notified_after_detection CHECK (notified_at IS NULL OR notified_at >= coalesce(detected_at, occurred_at))`);
    await queryRunner.query(`CREATE INDEX incident_high_risk ON incident (high_risk, occurred_at DESC) WHERE high_risk`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX incident_high_risk`);
    await queryRunner.query(`
      ALTER TABLE incident
        DROP CONSTRAINT incident_notified_after_detection,
        DROP CONSTRAINT incident_high_risk_detected,
        DROP COLUMN notified_at,
        DROP COLUMN high_risk`);
  }
}
