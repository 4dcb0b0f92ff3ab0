import type { DataSource } from "typeorm";
import { IssuerRegistry } from "../../shared/auth/issuer-registry.js";
import type { LiveConfig } from "../../shared/config/live-config.js";
import { serveSubgraph } from "../../shared/federation/serve-subgraph.js";
import type { RunningServer } from "../../shared/service/service-http.js";
import type { Logger } from "../../shared/logging/logger.js";
import { createNationalContext, type NationalContext } from "./context.js";
import { buildNationalSchema } from "./schema.js";
import { ACCESS_LOG_HEAD_JWKS_PATH } from "./deployment/access-log-head.js";
import type { NationalDeployment } from "./deployment/national-deployment.js";

export interface NationalServerOptions {
  /** The country this deployment serves. */
  country: string;
  config: LiveConfig;
  db: DataSource;
  /** Checked by NationalDeployment.establish: the country, its database, its head-signing key. */
  deployment: NationalDeployment;
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
    config: options.config,
    registry: () => registry,
    logger: options.logger,
    port: options.port,
    host: options.host,
    context: (caller, operationHash) => createNationalContext({ caller, country, participants, db, operationHash, deployment: options.deployment }),
    health: async () => {
      await options.deployment.readiness();
      return { country };
    },
    routes: { [ACCESS_LOG_HEAD_JWKS_PATH]: () => ({ status: 200, body: options.deployment.headSigner?.jwks() ?? { keys: [] } }) },
  });
}

function participantsOf(config: LiveConfig): ReadonlySet<string> {
  return new Set(config.get().countries.map((c) => c.code));
}
