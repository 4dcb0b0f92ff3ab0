import type { DataSource } from "typeorm";
import { nationalMigrations } from "../../migrations/national/index.js";
import { createDataSource } from "../../shared/db/data-source.js";
import { Audit, Finding } from "./audits/audit.js";
import { AccessLogEntry } from "./access-log/access-log-entry.js";
import { Grant } from "./grants/grant.js";
import { Incident } from "./incidents/incident.js";
import { IncidentRevision } from "./incidents/incident-revision.js";
import { Deployment, Organisation, Release, System, TrainingSource } from "./systems/system-entities.js";

/** `statementTimeoutMs`: for the service (see shared/limits `statementTimeoutMs`); migrations leave it unset. */
export function createNationalDataSource(url: string, country: string, statementTimeoutMs?: number): DataSource {
  return createDataSource({
    url,
    entities: [Incident, IncidentRevision, Grant, AccessLogEntry, Organisation, System, Deployment, TrainingSource, Release, Audit, Finding],
    migrations: nationalMigrations,
    applicationName: `hub-national-${country}`,
    statementTimeoutMs,
  });
}
