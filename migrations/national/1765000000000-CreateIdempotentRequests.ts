import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_IDEMPOTENT_REQUEST_TABLE } from "../../shared/idempotency/idempotent.js";

/** Idempotency keys of the mutations (see shared/idempotency/idempotent.ts). */
export class CreateIdempotentRequests1765000000000 implements MigrationInterface {
  name = "CreateIdempotentRequests1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CREATE_IDEMPOTENT_REQUEST_TABLE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotent_request`);
  }
}
