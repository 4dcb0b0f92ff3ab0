import "reflect-metadata";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { connectOrExit } from "../../shared/db/connect-or-exit.js";
import { refuseToStartWithPendingMigrations } from "../../shared/db/pending-migrations.js";
import { statementTimeoutMs } from "../../shared/limits/index.js";
import { EXIT_CONFIG, prepareService } from "../../shared/service/prepare-service.js";
import { createBoardDataSource } from "./database.js";
import { startBoardServer } from "./server.js";

/** The review board's subgraph as its own process: HUB_CONFIG, DATABASE_URL, PORT. */
const { logger, config, env, port, host, metrics } = prepareService({ name: () => "board", requiredEnv: ["DATABASE_URL"] });
if (!config.get().board.gatewayUrl) {
  // Without it no submission can be vouched for by its country: refuse to start rather than refuse every report.
  process.stderr.write("board cannot start:\n  - hub config: board.gatewayUrl must be the gateway's URL as the board reaches it\n");
  process.exit(EXIT_CONFIG);
}
const timeout = statementTimeoutMs(config.get().limits, config.get().nationTimeoutMs);
const db = await connectOrExit(createBoardDataSource(env("DATABASE_URL"), timeout), "board subgraph", logger);
await refuseToStartWithPendingMigrations("board subgraph", db, "migrate board");
const server = await startBoardServer({ config, db, port, host, logger, metrics });
logger.info("board subgraph listening", { url: server.url });
runUntilSignalled(logger, async () => {
  await server.close();
  await db.destroy();
});
