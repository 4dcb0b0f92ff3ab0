import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { acceptIncomingContextFrom } from "../shared/observability/tracing/incoming-context.js";
import { runUntilSignalled } from "../shared/process/run-until-signalled.js";
import { prepareService } from "../shared/service/prepare-service.js";
import { startGateway } from "./server.js";
import { readSupergraphFile } from "./supergraph/supergraph-file.js";
import { disableApolloTelemetry } from "./telemetry.js";

/**
 * The gateway as its own process: HUB_CONFIG, PORT, and SUPERGRAPH_FILE (production: composed at build
 * time by `npm run compose`). The console is served from dist/console (HUB_CONSOLE_DIR overrides). Without SUPERGRAPH_FILE it composes from the subgraphs' code at start.
 */
disableApolloTelemetry();
const { logger, config, port, host, metrics } = prepareService({ name: () => "gateway", requiredEnv: [] });
// Public clients' trace context is not continued unless the hub config says so (tracing.acceptClientContext).
acceptIncomingContextFrom(() => config.get().tracing?.acceptClientContext ?? false);
const { supergraphSdl, nationalSdlHash } = process.env.SUPERGRAPH_FILE
  ? readSupergraphFile(process.env.SUPERGRAPH_FILE)
  : // Composing from the subgraphs' code is for development; production starts from the composed file.
    await import("./supergraph/compose-supergraph.js").then((m) => m.composeSupergraph());
const devIssuersDir = process.env.HUB_DEV_ISSUERS_DIR;
const server = await startGateway({
  config,
  supergraphSdl,
  port,
  host,
  metrics,
  logger,
  devIssuersDir,
  // dist/console beside this module's folder: dist/gateway when compiled, dist/services when bundled.
  consoleDir: process.env.HUB_CONSOLE_DIR ?? fileURLToPath(new URL("../console/", import.meta.url)),
  nationalSchemaHash: nationalSdlHash,
});
logger.info("gateway listening", { url: server.url, countries: config.get().countries.map((c) => c.code) });
runUntilSignalled(logger, server.close);
