import type { MigrationInterface, QueryRunner } from "typeorm";

/** The OECD common reporting framework's fields: harms, who was affected, where, who reported, related records. */
export class AddOecdIncidentFields1764700000000 implements MigrationInterface {
  name = "AddOecdIncidentFields1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE harm_type AS ENUM ('PHYSICAL', 'PSYCHOLOGICAL', 'REPUTATIONAL', 'ECONOMIC_PROPERTY', 'ENVIRONMENTAL', 'PUBLIC_INTEREST', 'HUMAN_RIGHTS')`,
    );
    await queryRunner.query(`
      ALTER TABLE incident
        ADD COLUMN harm_types harm_type[] NOT NULL DEFAULT '{}',
        ADD COLUMN affected_stakeholders text[] NOT NULL DEFAULT '{}',
        ADD COLUMN countries_affected varchar(8)[] NOT NULL DEFAULT '{}',
        ADD COLUMN reporter text,
        -- Other countries' records about the same event, as plain {country, id} references.
        ADD COLUMN related_incidents jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE incident
        DROP COLUMN related_incidents, DROP COLUMN reporter, DROP COLUMN countries_affected,
        DROP COLUMN affected_stakeholders, DROP COLUMN harm_types`);
    await queryRunner.query(`DROP TYPE harm_type`);
  }
}
