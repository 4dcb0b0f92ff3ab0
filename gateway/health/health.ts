import type { HubConfig } from "../../shared/config/hub-config.js";
import type { Circuits } from "../routing/circuit-breaker.js";
import { type MemberGet, probeHealth } from "./probe.js";
import type { SchemaWatch } from "./schema-watch.js";

export type MemberState = "up" | "down" | "circuit_open" | "schema_mismatch";

export interface HealthReport {
  status: "up" | "degraded";
  board: MemberState;
  countries: Record<string, MemberState>;
}

const PROBE_TIMEOUT_MS = 1000;

/**
 * Probes every subgraph's GET /health in parallel. A country whose circuit is open is reported as such
 * (its probe would only repeat what the circuit already knows).
 */
export async function checkHealth(config: HubConfig, circuits: Circuits, schemas: SchemaWatch, get: MemberGet): Promise<HealthReport> {
  const probe = async (graphqlUrl: string): Promise<MemberState> => ((await probeHealth(get, graphqlUrl, PROBE_TIMEOUT_MS)) ? "up" : "down");
  const [board, ...countries] = await Promise.all([
    probe(config.board.url),
    ...config.countries.map((country): Promise<MemberState> => {
      if (schemas.isMismatched(country.code)) return Promise.resolve("schema_mismatch");
      if (circuits.stateOf(country.code) === "open") return Promise.resolve("circuit_open");
      return probe(country.url);
    }),
  ]);
  const byCountry = Object.fromEntries(config.countries.map((country, i) => [country.code, countries[i]!]));
  const allUp = board === "up" && countries.every((state) => state === "up");
  return { status: allUp ? "up" : "degraded", board: board!, countries: byCountry };
}
