import "reflect-metadata";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { prepareService } from "../../shared/service/prepare-service.js";
import { createBoardDataSource } from "./database.js";
import { startBoardServer } from "./server.js";

/** The review board's subgraph as its own process: HUB_CONFIG, DATABASE_URL, PORT. */
const { logger, config, env, port, host } = prepareService({ name: () => "board", requiredEnv: ["DATABASE_URL"] });
const db = await createBoardDataSource(env("DATABASE_URL")).initialize();
const server = await startBoardServer({ config, db, port, host, logger });
logger.info("board subgraph listening", { url: server.url });
runUntilSignalled(logger, async () => {
  await server.close();
  await db.destroy();
});
