import { freePortRange } from "./free-port.js";

/**
 * The environment for a dev hub of `countries` countries beside any other (tests, the benchmark): its
 * own data folder, database prefix and ports. The ports come from one range outside the ephemeral
 * ones, since services restart on them: gateway, PostgreSQL, board, one per country, the identity
 * providers, then the metrics listeners (gateway, board, one per country).
 */
export async function isolatedHubEnv(dataDir: string, countries: number, databasePrefix: string): Promise<{ env: Record<string, string>; gatewayBaseUrl: string }> {
  const base = await freePortRange(2 * countries + 6);
  return {
    gatewayBaseUrl: `http://127.0.0.1:${base}`,
    env: {
      HUB_LOG: "",
      LOG_LEVEL: "",
      HUB_DATA_DIR: dataDir,
      HUB_PORT: String(base),
      HUB_PG_PORT: String(base + 1),
      HUB_SUBGRAPH_PORT_BASE: String(base + 2),
      HUB_IDP_PORT: String(base + 3 + countries),
      HUB_METRICS_PORT_BASE: String(base + 4 + countries),
      HUB_DB_PREFIX: databasePrefix,
    },
  };
}
