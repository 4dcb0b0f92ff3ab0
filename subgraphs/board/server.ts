import type { DataSource } from "typeorm";
import { IssuerRegistry } from "../../shared/auth/issuer-registry.js";
import type { HubConfig } from "../../shared/config/hub-config.js";
import { serveSubgraph } from "../../shared/federation/serve-subgraph.js";
import type { RunningServer } from "../../shared/http/hub-http-server.js";
import type { Logger } from "../../shared/logging/logger.js";
import type { BoardContext } from "./context.js";
import { reportLoaders } from "./compliance/report-loaders.js";
import { countryLoader } from "./countries/country-loader.js";
import { buildBoardSchema } from "./schema.js";

export interface BoardServerOptions {
  config: HubConfig;
  db: DataSource;
  port: number;
  host?: string;
  logger: Logger;
}

export async function startBoardServer({ config, db, port, host, logger }: BoardServerOptions): Promise<RunningServer> {
  return serveSubgraph<BoardContext>({
    name: "board",
    schema: await buildBoardSchema(),
    registry: IssuerRegistry.fromConfig(config),
    logger,
    port,
    host,
    context: (caller) => ({ caller, db, countriesByCode: countryLoader(db), compliance: reportLoaders(db) }),
    health: async () => {
      await db.query("SELECT 1");
      return {};
    },
  });
}
