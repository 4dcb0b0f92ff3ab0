import type { MigrationInterface, QueryRunner } from "typeorm";

/** A retried report (same caller, same key) returns the first result instead of writing twice. */
export class AddIdempotencyKeys1764900000000 implements MigrationInterface {
  name = "AddIdempotencyKeys1764900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE incident ADD COLUMN idempotency_key text, ADD COLUMN request_hash char(64)`);
    await queryRunner.query(`CREATE UNIQUE INDEX incident_idempotency ON incident (reported_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX incident_idempotency`);
    await queryRunner.query(`ALTER TABLE incident DROP COLUMN request_hash, DROP COLUMN idempotency_key`);
  }
}
