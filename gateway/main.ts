import "reflect-metadata";
import { loadHubConfig } from "../shared/config/hub-config.js";
import { LiveConfig } from "../shared/config/live-config.js";
import { portFromEnv, requireEnv } from "../shared/config/service-env.js";
import { createLogger } from "../shared/logging/logger.js";
import { runUntilSignalled } from "../shared/process/run-until-signalled.js";
import { startGateway } from "./server.js";
import { readSupergraphFile } from "./supergraph/supergraph-file.js";
import { disableApolloTelemetry } from "./telemetry.js";

/**
 * The gateway as its own process: HUB_CONFIG, PORT, and SUPERGRAPH_FILE (production: composed at build
 * time by `npm run compose`). Without SUPERGRAPH_FILE it composes from the subgraphs' code at start.
 */
disableApolloTelemetry();
const logger = createLogger("gateway");
const configFile = requireEnv("HUB_CONFIG");
const config = new LiveConfig(loadHubConfig(configFile));
config.reloadOnHangup(configFile, logger);
const { supergraphSdl, nationalSdlHash } = process.env.SUPERGRAPH_FILE
  ? readSupergraphFile(process.env.SUPERGRAPH_FILE)
  : // Composing from the subgraphs' code is for development; production starts from the composed file.
    await import("./supergraph/compose-supergraph.js").then((m) => m.composeSupergraph());
const server = await startGateway({
  config,
  supergraphSdl,
  port: portFromEnv(),
  host: process.env.HOST,
  logger,
  devIssuersDir: process.env.HUB_DEV_ISSUERS_DIR,
  nationalSchemaHash: nationalSdlHash,
});
logger.info("gateway listening", { url: server.url, countries: config.get().countries.map((c) => c.code) });
runUntilSignalled(logger, server.close);

