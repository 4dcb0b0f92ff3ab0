import "reflect-metadata";
import { connectOrExit } from "../../shared/db/connect-or-exit.js";
import { statementTimeoutMs } from "../../shared/limits/index.js";
import { acceptIncomingContextFrom } from "../../shared/observability/tracing/incoming-context.js";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { prepareService } from "../../shared/service/prepare-service.js";
import { createNationalDataSource } from "./database.js";
import { establishNationalDeployment } from "./deployment/national-deployment.js";
import { startNationalServer } from "./server.js";

/** One country's national subgraph as its own process: HUB_COUNTRY, HUB_CONFIG, DATABASE_URL, PORT. */
const { logger, config, env, port, host, metrics } = prepareService({
  name: (vars) => `national-${vars.HUB_COUNTRY || "?"}`,
  requiredEnv: ["HUB_COUNTRY", "DATABASE_URL"],
});
const country = env("HUB_COUNTRY");
// A country may refuse its callers' trace context (hub config `tracing`); followed live, across reloads.
acceptIncomingContextFrom(() => config.get().tracing?.acceptIncomingContext ?? true);
const timeout = statementTimeoutMs(config.get().limits, config.get().nationTimeoutMs);
const db = await connectOrExit(createNationalDataSource(env("DATABASE_URL"), country, timeout), `national subgraph ${country}`, logger);
const deployment = await establishNationalDeployment({ country, config, db, logger, env: process.env });
const server = await startNationalServer({ country, config, db, deployment, port, host, logger, metrics });
logger.info("national subgraph listening", { country, url: server.url });
runUntilSignalled(logger, async () => {
  await server.close();
  await deployment.stop();
  await db.destroy();
});
