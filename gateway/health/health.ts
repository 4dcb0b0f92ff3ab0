import type { HubConfig } from "../../shared/config/hub-config.js";
import type { Circuits } from "../routing/circuit-breaker.js";

export type MemberState = "up" | "down" | "circuit_open";

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
export async function checkHealth(config: HubConfig, circuits: Circuits): Promise<HealthReport> {
  const [board, ...countries] = await Promise.all([
    probe(config.board.url),
    ...config.countries.map((country) =>
      circuits.stateOf(country.code) === "open" ? Promise.resolve<MemberState>("circuit_open") : probe(country.url),
    ),
  ]);
  const byCountry = Object.fromEntries(config.countries.map((country, i) => [country.code, countries[i]!]));
  const allUp = board === "up" && countries.every((state) => state === "up");
  return { status: allUp ? "up" : "degraded", board: board!, countries: byCountry };
}

async function probe(graphqlUrl: string): Promise<MemberState> {
  try {
    const response = await fetch(new URL("/health", graphqlUrl), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.ok ? "up" : "down";
  } catch {
    return "down";
  }
}
