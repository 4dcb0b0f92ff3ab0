import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { Severity } from "../../shared/incidents/severity.js";
import { Classification } from "../../shared/policy/classification.js";
import { Incident } from "../../subgraphs/national/incidents/incident.js";

/** Writes incidents straight into a country's database, as its own authority would have filed them. */
export async function insertIncidents(db: DataSource, country: string, specs: Partial<Incident>[]): Promise<Incident[]> {
  const base = Date.parse("2026-05-01T00:00:00Z");
  const rows = specs.map((spec, i) =>
    Object.assign(new Incident(), {
      id: randomUUID(),
      country,
      title: `${country} incident ${i}`,
      summary: `Recorded by ${country} for a test.`,
      severity: Severity.INCIDENT,
      classification: Classification.SHARED,
      occurredAt: new Date(base + i * 3_600_000),
      detectedAt: null,
      reportedAt: new Date(base + i * 3_600_000 + 60_000),
      reportedBy: `${country.toLowerCase()}-test`,
      demo: false,
      ...spec,
    }),
  );
  await db.getRepository(Incident).insert(rows);
  return rows;
}

/** One incident of each classification, titled so that a test can tell which country wrote it. */
export function oneOfEachClassification(country: string): Partial<Incident>[] {
  return Object.values(Classification).map((classification) => ({
    classification,
    title: `${country} ${classification} record`,
  }));
}
