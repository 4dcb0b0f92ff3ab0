import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Caller } from "../../shared/auth/caller.js";
import type { GatewayClient } from "./attestation/gateway-client.js";
import type { ReportLoaders } from "./compliance/report-loaders.js";
import type { Country } from "./countries/country.js";

export interface BoardContext {
  caller: Caller;
  db: DataSource;
  countriesByCode: DataLoader<string, Country | null>;
  /** Per-request batching of compliance reports' assessments and histories. */
  compliance: ReportLoaders;
  /** The hub's gateway, asked on the caller's behalf with the caller's own token (submissions' attestation). */
  gateway: GatewayClient;
}
