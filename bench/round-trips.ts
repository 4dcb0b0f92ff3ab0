import { join } from "node:path";
import { loadHubConfig } from "../shared/config/hub-config.js";
import { LiveConfig } from "../shared/config/live-config.js";
import { recordStatements } from "../shared/dev/statement-log.js";
import { createLogger } from "../shared/logging/logger.js";
import { createNationalDataSource } from "../subgraphs/national/database.js";
import { startNationalServer } from "../subgraphs/national/server.js";
import type { DevHub } from "./dev-hub.js";
import { answerOf } from "./load.js";
import { NESTED_PAGE } from "./queries.js";

export interface RoundTrips {
  pageSize: number;
  records: number;
  statements: number;
}

/**
 * Statements one national subgraph sends to its database for one request (incidents with their system,
 * its provenance and its audits, read by a foreign regulator so the access log is written too). The
 * subgraph runs in this process on the hub's own database, so the driver's calls can be counted.
 */
export async function measureRoundTrips(hub: DevHub, country: string, reader: string, pageSizes: number[]): Promise<RoundTrips[]> {
  const databaseUrl = hub.databaseUrl(country);
  const db = await createNationalDataSource(databaseUrl, country).initialize();
  const config = new LiveConfig(loadHubConfig(join(hub.dataDir, "hub.json")));
  const server = await startNationalServer({ country, config, db, port: 0, host: "127.0.0.1", logger: createLogger("bench") });
  const log = recordStatements(new URL(databaseUrl).pathname.slice(1));
  try {
    const token = await hub.token(reader, { roles: ["regulator"] });
    const results: RoundTrips[] = [];
    for (const first of pageSizes) {
      // Once to warm the pool and the caches, then the counted request.
      await answerOf(server.url, token, NESTED_PAGE, { code: country, first });
      log.clear();
      const data = await answerOf<{ _entities: { incidents: { nodes: unknown[] } }[] }>(server.url, token, NESTED_PAGE, { code: country, first });
      results.push({ pageSize: first, records: data._entities[0]!.incidents.nodes.length, statements: log.statements.length });
    }
    return results;
  } finally {
    log.restore();
    await server.close();
    await db.destroy();
  }
}
