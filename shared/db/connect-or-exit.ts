import type { DataSource } from "typeorm";
import type { Logger } from "../logging/logger.js";

/**
 * Opens a service's database pool at start. An unreachable or refusing database is said in one log line
 * (which service, which host, why) and the process exits 1 — a failure its supervisor may retry, unlike
 * a configuration error (78) — instead of dying on an unhandled rejection with a stack trace.
 */
export async function connectOrExit(db: DataSource, service: string, logger: Logger): Promise<DataSource> {
  try {
    return await db.initialize();
  } catch (error) {
    const options = db.options as { url?: string };
    const where = options.url ? new URL(options.url).host : "its database";
    logger.error(`${service} cannot connect to its database at ${where}: ${(error as Error).message}`);
    process.exit(1);
  }
}
