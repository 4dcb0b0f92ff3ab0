import type { DataSource } from "typeorm";
import { boardMigrations } from "../../migrations/board/index.js";
import { createDataSource } from "../../shared/db/data-source.js";
import { AttestedIndicators } from "./attestation/attested-indicators.js";
import { ComplianceAssessment, ComplianceEvidence } from "./compliance/compliance-assessment.js";
import { ComplianceReport } from "./compliance/compliance-report.js";
import { ComplianceStatusChange } from "./compliance/compliance-status-change.js";
import { Country } from "./countries/country.js";

/** `statementTimeoutMs`: for the service (see shared/limits `statementTimeoutMs`); migrations leave it unset. */
export function createBoardDataSource(url: string, statementTimeoutMs?: number): DataSource {
  return createDataSource({
    url,
    entities: [Country, ComplianceReport, ComplianceAssessment, ComplianceEvidence, ComplianceStatusChange, AttestedIndicators],
    migrations: boardMigrations,
    applicationName: "hub-board",
    statementTimeoutMs,
  });
}
