import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The access log records what a foreign caller was given: one entry per list (READ, carrying the ids)
 * or per count (COUNT: what was counted, under which filter and grants, and how many), instead of one
 * row per record. Existing rows stay as written (chain_version 1) and keep verifying: the change adds
 * columns and relaxes one, it never updates a row. A checkpoint table lets the integrity check start
 * from the last verified entry instead of the genesis.
 */
export class GroupAccessLogEntries1765200000000 implements MigrationInterface {
  name = "GroupAccessLogEntries1765200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE access_log
        ADD COLUMN chain_version smallint NOT NULL DEFAULT 1,
        ADD COLUMN entry_kind varchar(8) NOT NULL DEFAULT 'READ',
        ADD COLUMN record_ids uuid[],
        ADD COLUMN grant_ids uuid[],
        ADD COLUMN counted integer,
        ADD COLUMN filter_hash char(64),
        ALTER COLUMN record_id DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE access_log ADD CONSTRAINT access_log_entry_shape CHECK (
        (chain_version = 1 AND entry_kind = 'READ' AND record_id IS NOT NULL)
        OR (chain_version = 2 AND entry_kind = 'READ' AND record_ids IS NOT NULL AND counted IS NULL)
        OR (chain_version = 2 AND entry_kind = 'COUNT' AND counted IS NOT NULL AND counted >= 0 AND record_ids IS NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE access_log_checkpoint (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        hash char(64) NOT NULL,
        verified_at timestamptz(3) NOT NULL
      )`);
    // Checkpoints are only ever added, like the entries they vouch for.
    await queryRunner.query(
      `CREATE TRIGGER access_log_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON access_log_checkpoint FOR EACH ROW EXECUTE FUNCTION append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER access_log_checkpoint_no_truncate BEFORE TRUNCATE ON access_log_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_log_checkpoint`);
    await queryRunner.query(`ALTER TABLE access_log DROP CONSTRAINT access_log_entry_shape`);
    await queryRunner.query(
      `ALTER TABLE access_log DROP COLUMN chain_version, DROP COLUMN entry_kind, DROP COLUMN record_ids, DROP COLUMN grant_ids, DROP COLUMN counted, DROP COLUMN filter_hash, ALTER COLUMN record_id SET NOT NULL`,
    );
  }
}
