import type { DataSource } from "typeorm";
import { IssuerRegistry } from "../../shared/auth/issuer-registry.js";
import type { LiveConfig } from "../../shared/config/live-config.js";
import { serveSubgraph } from "../../shared/federation/serve-subgraph.js";
import type { RunningServer } from "../../shared/http/hub-http-server.js";
import type { Logger } from "../../shared/logging/logger.js";
import { createNationalContext, type NationalContext } from "./context.js";
import { buildNationalSchema } from "./schema.js";

export interface NationalServerOptions {
  /** The country this deployment serves. */
  country: string;
  config: LiveConfig;
  db: DataSource;
  port: number;
  host?: string;
  logger: Logger;
}

export async function startNationalServer(options: NationalServerOptions): Promise<RunningServer> {
  const { country, db } = options;
  let participants = participantsOf(options.config);
  let registry = IssuerRegistry.fromConfig(options.config.get());
  options.config.onChange((config) => {
    participants = participantsOf(options.config);
    registry = IssuerRegistry.fromConfig(config);
  });
  return serveSubgraph<NationalContext>({
    name: `national-${country}`,
    schema: await buildNationalSchema(),
    registry: () => registry,
    logger: options.logger,
    port: options.port,
    host: options.host,
    context: (caller, operationHash) => createNationalContext({ caller, country, participants, db, operationHash }),
    health: async () => {
      await db.query("SELECT 1");
      return { country };
    },
  });
}

function participantsOf(config: LiveConfig): ReadonlySet<string> {
  return new Set(config.get().countries.map((c) => c.code));
}
