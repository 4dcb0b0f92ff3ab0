import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * When the owning country vouched for a cited record (at submission, through the gateway, under the
 * submitter's token). Null for evidence filed before the board asked: that evidence was never checked,
 * and the column says so rather than pretending otherwise.
 */
export class AddEvidenceVouchedAt1766000000000 implements MigrationInterface {
  name = "AddEvidenceVouchedAt1766000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE compliance_evidence ADD COLUMN vouched_at timestamptz(3)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE compliance_evidence DROP COLUMN vouched_at`);
  }
}
