import "reflect-metadata";
import { loadHubConfig } from "../../shared/config/hub-config.js";
import { LiveConfig } from "../../shared/config/live-config.js";
import { portFromEnv, requireEnv } from "../../shared/config/service-env.js";
import { createLogger } from "../../shared/logging/logger.js";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { refuseToStartWithPendingMigrations } from "../../shared/db/pending-migrations.js";
import { createBoardDataSource } from "./database.js";
import { startBoardServer } from "./server.js";

/** The review board's subgraph as its own process: HUB_CONFIG, DATABASE_URL, PORT. */
const logger = createLogger("board");
const configFile = requireEnv("HUB_CONFIG");
const config = new LiveConfig(loadHubConfig(configFile));
config.reloadOnHangup(configFile, logger);
const db = await createBoardDataSource(requireEnv("DATABASE_URL")).initialize();
await refuseToStartWithPendingMigrations("board subgraph", db, "migrate board");
const server = await startBoardServer({ config, db, port: portFromEnv(), host: process.env.HOST, logger });
logger.info("board subgraph listening", { url: server.url });
runUntilSignalled(logger, async () => {
  await server.close();
  await db.destroy();
});
