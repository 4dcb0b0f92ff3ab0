import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The figures a country attests with each version of its report: its own indicators for the milestone,
 * counted by the country over all its records (basis OWNER) at submission and fetched by the board with
 * the submitting regulator's token. Append-only like the reports they belong to.
 */
export class CreateAttestedIndicators1766100000000 implements MigrationInterface {
  name = "CreateAttestedIndicators1766100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE compliance_attested_indicators (
        report_id uuid PRIMARY KEY REFERENCES compliance_report (id),
        attested_at timestamptz(3) NOT NULL,
        as_of timestamptz(3) NOT NULL,
        high_risk_deployments integer NOT NULL CHECK (high_risk_deployments >= 0),
        red_teamed_before_deployment integer NOT NULL CHECK (red_teamed_before_deployment BETWEEN 0 AND high_risk_deployments),
        incidents_requiring_notification integer NOT NULL CHECK (incidents_requiring_notification >= 0),
        notified_within_72h integer NOT NULL CHECK (notified_within_72h BETWEEN 0 AND incidents_requiring_notification),
        systems integer NOT NULL CHECK (systems >= 0),
        systems_with_provenance integer NOT NULL CHECK (systems_with_provenance BETWEEN 0 AND systems)
      )`);
    await queryRunner.query(
      `CREATE TRIGGER compliance_attested_indicators_no_update_delete BEFORE UPDATE OR DELETE ON compliance_attested_indicators FOR EACH ROW EXECUTE FUNCTION board_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER compliance_attested_indicators_no_truncate BEFORE TRUNCATE ON compliance_attested_indicators FOR EACH STATEMENT EXECUTE FUNCTION board_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE compliance_attested_indicators`);
  }
}
