import type { HubError } from "../graphql/hub-error";
import { unavailableCountries } from "../graphql/hub-error";
import { describeSearch, type IncidentSearch, toIncidentFilter } from "./incident-filters";
import type { CountryResult, IncidentRow } from "./incident-rows";

/** The export's columns, in the order of the CSV file. */
export const CSV_COLUMNS = [
  "country",
  "id",
  "title",
  "summary",
  "severity",
  "classification",
  "occurredAt",
  "detectedAt",
  "notifiedAt",
  "reportedAt",
  "highRisk",
  "notificationStatus",
  "notificationDeadline",
  "harmTypes",
  "countriesAffected",
  "systemId",
  "systemName",
  "demo",
] as const;

export function csvRows(rows: readonly IncidentRow[]): unknown[][] {
  return rows.map((row) => [
    row.country,
    row.id,
    row.title,
    row.summary,
    row.severity,
    row.classification,
    row.occurredAt,
    row.detectedAt,
    row.notifiedAt,
    row.reportedAt,
    row.highRisk,
    row.notificationStatus,
    row.notificationDeadline,
    row.harmTypes,
    row.countriesAffected,
    row.system?.id,
    row.system?.name,
    row.demo,
  ]);
}

/**
 * The JSON export says what it is: the search, when it was taken, each country's total against what
 * was loaded, and which countries did not answer, so a partial export is never read as complete.
 */
export function jsonExport(search: IncidentSearch, results: readonly CountryResult[], rows: readonly IncidentRow[], errors: readonly HubError[], exportedAt: Date) {
  return {
    exportedAt: exportedAt.toISOString(),
    search: { description: describeSearch(search), countries: search.countries, filter: toIncidentFilter(search) ?? {} },
    complete: results.every((r) => r.answered && r.rows.length === r.totalCount),
    countries: results.map((r) => ({ code: r.code, name: r.name, answered: r.answered, totalCount: r.totalCount ?? null, loaded: r.rows.length })),
    unavailable: unavailableCountries(errors),
    incidents: rows,
  };
}

/** incidents-2026-12-02T0930Z.csv */
export function exportFileName(extension: "csv" | "json", at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(":", "");
  return `incidents-${stamp}Z.${extension}`;
}
