import "reflect-metadata";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { prepareService } from "../../shared/service/prepare-service.js";
import { createNationalDataSource } from "./database.js";
import { startNationalServer } from "./server.js";

/** One country's national subgraph as its own process: HUB_COUNTRY, HUB_CONFIG, DATABASE_URL, PORT. */
const { logger, config, env, port, host } = prepareService({
  name: (vars) => `national-${vars.HUB_COUNTRY || "?"}`,
  requiredEnv: ["HUB_COUNTRY", "DATABASE_URL"],
});
const country = env("HUB_COUNTRY");
const db = await createNationalDataSource(env("DATABASE_URL"), country).initialize();
const server = await startNationalServer({ country, config, db, port, host, logger });
logger.info("national subgraph listening", { country, url: server.url });
runUntilSignalled(logger, async () => {
  await server.close();
  await db.destroy();
});
