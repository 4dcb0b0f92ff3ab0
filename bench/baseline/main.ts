import { startPlainPageServer } from "./plain-page-server.js";

/**
 * The plain page server as a process of its own (bench/scenarios/foreign-read.ts spawns it), so that
 * its CPU can be read apart from the bench's. Env: DATABASE_URL, PLAIN_PAGE_CLASSIFICATIONS
 * (comma-separated), PLAIN_PAGE_SIZE, PLAIN_PAGE_POOL. Prints `plain page server ready <url>`.
 */
const { DATABASE_URL, PLAIN_PAGE_CLASSIFICATIONS, PLAIN_PAGE_SIZE, PLAIN_PAGE_POOL } = process.env;
const pageSize = Number(PLAIN_PAGE_SIZE);
const poolSize = Number(PLAIN_PAGE_POOL);
if (!DATABASE_URL || !PLAIN_PAGE_CLASSIFICATIONS || !(pageSize > 0) || !(poolSize > 0)) {
  process.stderr.write("Set DATABASE_URL, PLAIN_PAGE_CLASSIFICATIONS, PLAIN_PAGE_SIZE and PLAIN_PAGE_POOL.\n");
  process.exit(78);
}
const server = await startPlainPageServer({ databaseUrl: DATABASE_URL, classifications: PLAIN_PAGE_CLASSIFICATIONS.split(","), pageSize, poolSize });
process.stdout.write(`plain page server ready ${server.url}\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
