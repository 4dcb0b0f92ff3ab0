import "reflect-metadata";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { connectOrExit } from "../../shared/db/connect-or-exit.js";
import { refuseToStartWithPendingMigrations } from "../../shared/db/pending-migrations.js";
import { statementTimeoutMs } from "../../shared/limits/index.js";
import { prepareService } from "../../shared/service/prepare-service.js";
import { createBoardDataSource } from "./database.js";
import { startBoardServer } from "./server.js";

/** The review board's subgraph as its own process: HUB_CONFIG, DATABASE_URL, PORT. */
const { logger, config, env, port, host, metrics } = prepareService({ name: () => "board", requiredEnv: ["DATABASE_URL"] });
const timeout = statementTimeoutMs(config.get().limits, config.get().nationTimeoutMs);
const db = await connectOrExit(createBoardDataSource(env("DATABASE_URL"), timeout), "board subgraph", logger);
await refuseToStartWithPendingMigrations("board subgraph", db, "migrate board");
const server = await startBoardServer({ config, db, port, host, logger, metrics });
logger.info("board subgraph listening", { url: server.url });
runUntilSignalled(logger, async () => {
  await server.close();
  await db.destroy();
});
