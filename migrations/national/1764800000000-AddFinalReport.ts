import type { MigrationInterface, QueryRunner } from "typeorm";

/** An incident's final report closes it: the record keeps its history but takes no further updates. */
export class AddFinalReport1764800000000 implements MigrationInterface {
  name = "AddFinalReport1764800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE incident ADD COLUMN final_report_at timestamptz(3)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE incident DROP COLUMN final_report_at`);
  }
}
