import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Caller } from "../../shared/auth/caller.js";
import type { Incident } from "./incidents/incident.js";

export interface NationalContext {
  caller: Caller;
  /** The country this deployment serves: the owner of every record in `db`. */
  country: string;
  db: DataSource;
  /** Visible incidents by id, for this caller, batched per request. */
  incidentsById: DataLoader<string, Incident | null>;
}
