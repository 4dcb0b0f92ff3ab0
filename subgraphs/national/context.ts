import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Caller } from "../../shared/auth/caller.js";
import type { AccessLogObserver } from "./access-log/access-log-metrics.js";
import type { AccessLogWriter } from "./access-log/access-log-writer.js";
import { RecordReader } from "./access/record-reader.js";
import { RequestAccess } from "./access/request-access.js";
import { MAX_LOG_ENTRIES_PER_REQUEST, RequestLog } from "./access/request-log.js";
import { type AuditLoaders, auditLoaders } from "./audits/audit-loaders.js";
import type { Incident } from "./incidents/incident.js";
import { incidentLoader } from "./incidents/incident-loader.js";
import { type SystemLoaders, systemLoaders } from "./systems/system-loaders.js";
import type { NationalDeployment } from "./deployment/national-deployment.js";

export interface NationalContext {
  caller: Caller;
  /** The country this deployment serves: the owner of every record in `db`. */
  country: string;
  /** Codes of every participant of the hub (the grantees a grant may name). */
  participants: ReadonlySet<string>;
  db: DataSource;
  access: RequestAccess;
  /** The one way records are read for this request: rule, SQL, paging and access-log entry together. */
  reader: RecordReader;
  /** SHA-256 of the operation being answered, for the access log. */
  operationHash: string;
  /** Per-request batching: one query per relation, whatever the size of the answer. */
  loaders: NationalLoaders;
  /** This deployment's checked identity and access-log head key. */
  deployment?: NationalDeployment;
}

export interface NationalLoaders extends SystemLoaders, AuditLoaders {
  /** Readable incidents by id, for this caller. */
  incidentsById: DataLoader<string, Incident | null>;
}

export interface RequestFacts {
  caller: Caller;
  country: string;
  participants: ReadonlySet<string>;
  db: DataSource;
  operationHash: string;
  deployment?: NationalDeployment;
  /** This process's writer of the access log (one per DataSource: it groups concurrent requests' appends). */
  accessLogWriter: AccessLogWriter;
  /** The access log's metrics, told of every append. */
  accessLogObserver?: AccessLogObserver;
}

/** Everything one request of a national subgraph works with; built afresh for each request. */
export function createNationalContext(facts: RequestFacts): NationalContext {
  const access = new RequestAccess(facts.db, facts.caller, facts.country, new Date());
  const reader = new RecordReader(access, new RequestLog(facts.accessLogWriter, facts.caller, facts.operationHash, MAX_LOG_ENTRIES_PER_REQUEST, facts.accessLogObserver));
  return {
    ...facts,
    access,
    reader,
    loaders: { incidentsById: incidentLoader(reader), ...systemLoaders(facts.db, reader), ...auditLoaders(facts.db, reader) },
  };
}
