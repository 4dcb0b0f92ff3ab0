import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The participant this database belongs to, written once by `migrate national XX` (migrations/migrate.ts):
 * a subgraph started with another HUB_COUNTRY refuses to serve it. One row at most; changing it is refused
 * like an edit of the access log (re-marking a database is a superuser's deliberate act).
 */
export class CreateDeploymentIdentity1765500000000 implements MigrationInterface {
  name = "CreateDeploymentIdentity1765500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE deployment_identity (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        participant varchar(8) NOT NULL CHECK (participant ~ '^[A-Z]{2,8}$'),
        marked_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE TRIGGER deployment_identity_no_update_delete BEFORE UPDATE OR DELETE ON deployment_identity FOR EACH ROW EXECUTE FUNCTION append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER deployment_identity_no_truncate BEFORE TRUNCATE ON deployment_identity FOR EACH STATEMENT EXECUTE FUNCTION append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE deployment_identity`);
  }
}
