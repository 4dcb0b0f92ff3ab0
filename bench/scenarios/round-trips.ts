import { join } from "node:path";
import { loadHubConfig } from "../../shared/config/hub-config.js";
import { LiveConfig } from "../../shared/config/live-config.js";
import { recordStatements } from "../../dev/statement-log.js";
import { createLogger } from "../../shared/logging/logger.js";
import { createNationalDataSource } from "../../subgraphs/national/database.js";
import { startNationalServer } from "../../subgraphs/national/server.js";
import { NationalDeployment } from "../../subgraphs/national/deployment/national-deployment.js";
import type { DevHub } from "../dev-hub.js";
import { answerOf } from "../load.js";
import { NESTED_PAGE } from "../queries.js";
import type { ScenarioResult } from "./scenario.js";

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
  // The table is the bench's output: the in-process subgraph's request lines would only clutter it.
  const logger = createLogger("bench", { ...process.env, LOG_LEVEL: "error" });
  const deployment = await NationalDeployment.establish({ country, config, db, logger });
  const server = await startNationalServer({ country, config, db, deployment, port: 0, host: "127.0.0.1", logger });
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
    // Its chain watch and head publisher first: a check still running would find the driver gone.
    await deployment.stop();
    await db.destroy();
  }
}

/** 3. Round trips: Japan's statements for a US regulator's nested read, at pages of 10 and 100. */
export async function measureRoundTripScenario(hub: DevHub): Promise<ScenarioResult> {
  const [small, large] = (await measureRoundTrips(hub, "JP", "US", [10, 100])) as [RoundTrips, RoundTrips];
  return {
    figures: [small, large],
    rows: [
      {
        scenario: "3 round trips",
        measure: `statements per request (${large.records} records)`,
        baseline: `${small.statements} at ${small.records} records`,
        value: String(large.statements),
        ratio: large.statements / small.statements,
        target: "same count",
        // A short page would prove nothing: the large one must really hold 100 records.
        met: large.statements === small.statements && large.records === large.pageSize,
      },
    ],
  };
}
