import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateCountryDirectory1764000000000 implements MigrationInterface {
  name = "CreateCountryDirectory1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE country (
        code varchar(8) PRIMARY KEY CHECK (code ~ '^[A-Z]{2,8}$'),
        name text NOT NULL CHECK (length(name) > 0),
        joined_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE country`);
  }
}
