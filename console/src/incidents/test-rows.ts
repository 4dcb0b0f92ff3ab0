import type { IncidentRow } from "./incident-rows";

/** A list row as the hub gives it, for the unit tests of this folder's transforms. */
export function row(overrides: Partial<IncidentRow> & Pick<IncidentRow, "id" | "country">): IncidentRow {
  return {
    title: `Incident ${overrides.id}`,
    summary: "What happened.",
    severity: "INCIDENT",
    classification: "SHARED",
    occurredAt: "2026-10-01T00:00:00.000Z",
    detectedAt: null,
    notifiedAt: null,
    reportedAt: "2026-10-02T00:00:00.000Z",
    highRisk: false,
    notificationStatus: "NOT_REQUIRED",
    notificationDeadline: null,
    harmTypes: [],
    countriesAffected: [],
    demo: false,
    system: null,
    ...overrides,
  };
}
