import "reflect-metadata";
import { loadHubConfig } from "../../shared/config/hub-config.js";
import { LiveConfig } from "../../shared/config/live-config.js";
import { portFromEnv, requireEnv } from "../../shared/config/service-env.js";
import { createLogger } from "../../shared/logging/logger.js";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { createNationalDataSource } from "./database.js";
import { startNationalServer } from "./server.js";
import { establishNationalDeployment } from "./deployment/national-deployment.js";

/** One country's national subgraph as its own process: HUB_COUNTRY, HUB_CONFIG, DATABASE_URL, PORT. */
const country = requireEnv("HUB_COUNTRY");
const logger = createLogger(`national-${country}`);
const configFile = requireEnv("HUB_CONFIG");
const config = new LiveConfig(loadHubConfig(configFile));
config.reloadOnHangup(configFile, logger);
const db = await createNationalDataSource(requireEnv("DATABASE_URL"), country).initialize();
const deployment = await establishNationalDeployment({ country, config, db, logger, env: process.env });
const server = await startNationalServer({ country, config, db, deployment, port: portFromEnv(), host: process.env.HOST, logger });
logger.info("national subgraph listening", { country, url: server.url });
runUntilSignalled(logger, async () => {
  await server.close();
  await deployment.stop();
  await db.destroy();
});
