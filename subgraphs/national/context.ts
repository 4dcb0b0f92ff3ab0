import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Caller } from "../../shared/auth/caller.js";
import type { RequestAccess } from "./access/request-access.js";
import type { Incident } from "./incidents/incident.js";
import type { AuditLoaders } from "./audits/audit-loaders.js";
import type { SystemLoaders } from "./systems/system-loaders.js";
import type { NationalDeployment } from "./deployment/national-deployment.js";

export interface NationalContext {
  caller: Caller;
  /** The country this deployment serves: the owner of every record in `db`. */
  country: string;
  /** Codes of every participant of the hub (the grantees a grant may name). */
  participants: ReadonlySet<string>;
  db: DataSource;
  access: RequestAccess;
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
