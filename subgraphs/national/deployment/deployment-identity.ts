import type { DataSource } from "typeorm";
import { markedParticipant } from "../../../migrations/prepare-database.js";
import type { HubConfig } from "../../../shared/config/hub-config.js";
import { pendingMigrations } from "../../../shared/db/pending-migrations.js";

/** Why a national deployment must not serve: each is a configuration an operator has to fix. */
export type DeploymentFault = "unknown_country" | "pending_migrations" | "unmarked_database" | "other_country";

export interface DeploymentProblem {
  fault: DeploymentFault;
  message: string;
}

/**
 * Does this process serve the country its database belongs to, in a hub that knows that country, with
 * every migration applied? Checked at start (the subgraph refuses to start) and on every readiness probe
 * (a country removed from the hub config by SIGHUP, a database swapped under a running service).
 */
export async function deploymentProblem(db: DataSource, country: string, config: HubConfig): Promise<DeploymentProblem | null> {
  if (!config.countries.some((c) => c.code === country)) {
    return { fault: "unknown_country", message: `HUB_COUNTRY=${country} is not a country of the hub config.` };
  }
  if (await pendingMigrations(db)) {
    return { fault: "pending_migrations", message: `the database has pending migrations: run \`migrate national ${country}\` as its owner.` };
  }
  const marked = await markedParticipant(db);
  if (marked === null) {
    return { fault: "unmarked_database", message: `the database is not marked for any country: run \`migrate national ${country}\` as its owner.` };
  }
  if (marked !== country) {
    return { fault: "other_country", message: `the database belongs to ${marked}, not to HUB_COUNTRY=${country}.` };
  }
  return null;
}
