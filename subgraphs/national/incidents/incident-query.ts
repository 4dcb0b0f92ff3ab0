import type { ReadScope, RecordReader } from "../access/record-reader.js";
import { filterHash } from "../access/filter-hash.js";
import type { SqlCondition } from "../access/where-readable.js";
import { type Cursor, encodeCursor, UUID } from "../pagination/cursor.js";
import { assertId, assertList, assertText } from "../pagination/input-limits.js";
import { LazyPage } from "../pagination/lazy-page.js";
import type { Incident } from "./incident.js";
import { IncidentConnection, type IncidentFilter } from "./incident-types.js";

/** Refuses over-long filter input (BAD_USER_INPUT naming the argument) before any SQL is built. */
export function validateIncidentFilter(filter: IncidentFilter | null | undefined): void {
  if (!filter) return;
  assertText(filter.text, "filter.text");
  assertId(filter.systemId, "filter.systemId");
  assertList(filter.severities, "filter.severities");
  assertList(filter.classifications, "filter.classifications");
  assertList(filter.notificationStatuses, "filter.notificationStatuses");
}

export interface PageRequest {
  filter?: IncidentFilter | null;
  first: number;
  after?: Cursor;
  /** The fields the query asks of the nodes (see pagination/selected-fields.ts); null: not known. */
  nodeFields?: ReadonlySet<string> | null;
}

/**
 * Incident's GraphQL fields that are its own columns and answered as read (no resolver of their own):
 * a page whose nodes ask only these reads only their columns. Any other field (the notification
 * status, the system) reads every column.
 */
const COLUMN_FIELDS = new Set<keyof Incident & string>([
  "id", "country", "title", "summary", "severity", "classification", "occurredAt", "detectedAt", "highRisk", "notifiedAt",
  "harmTypes", "affectedStakeholders", "countriesAffected", "reporter", "relatedIncidents", "reportedAt", "updatedAt",
  "finalReportAt", "demo",
]);

/** What a page reads of each incident: the fields asked and the cursor's (the reader adds the rule's facts). */
function propertiesFor(nodeFields: ReadonlySet<string> | null | undefined): (keyof Incident & string)[] | null {
  if (!nodeFields) return null;
  const asked = [...nodeFields].filter((name) => name !== "__typename");
  if (!asked.every((name) => COLUMN_FIELDS.has(name as keyof Incident & string))) return null;
  return [...new Set([...(asked as (keyof Incident & string)[]), "id", "occurredAt"] as const)];
}

/** A country's incidents, newest first, under the caller's rule (the reader adds it) and the filter. */
export function incidentPage(reader: RecordReader, request: PageRequest): IncidentConnection {
  const { after } = request;
  return new IncidentConnection(
    new LazyPage(reader, {
      kind: "INCIDENT",
      where: (scope) => filterConditions(scope, request.filter),
      orderBy: "incident.occurred_at DESC, incident.id DESC",
      after: after ? { sql: "(incident.occurred_at, incident.id) < (:afterAt, :afterId)", params: { afterAt: after.at, afterId: after.id } } : null,
      properties: propertiesFor(request.nodeFields),
      first: request.first,
      filterHash: filterHash("Country.incidents", { ...request.filter }),
      filtered: hasFilter(request.filter),
      cursorOf: (row) => encodeCursor({ at: row.occurredAt, id: row.id }),
    }),
  );
}

function hasFilter(filter?: IncidentFilter | null): boolean {
  return !!filter && Object.values(filter).some((value) => value !== null && value !== undefined);
}

/** The filter as SQL conditions on the incident table (alias `incident`, column names). */
function filterConditions(scope: ReadScope, filter?: IncidentFilter | null): SqlCondition[] {
  if (!filter) return [];
  const conditions: SqlCondition[] = [];
  const where = (sql: string, params: Record<string, unknown> = {}) => conditions.push({ sql, params });
  if (filter.severities) where("incident.severity IN (:...severities)", { severities: nonEmpty(filter.severities) });
  if (filter.classifications) where("incident.classification IN (:...classifications)", { classifications: nonEmpty(filter.classifications) });
  if (filter.occurredAfter) where("incident.occurred_at >= :occurredAfter", { occurredAfter: filter.occurredAfter });
  if (filter.occurredBefore) where("incident.occurred_at < :occurredBefore", { occurredBefore: filter.occurredBefore });
  if (filter.systemId != null) {
    // A malformed id, a made-up one and a system the caller may not see all match nothing, alike.
    if (UUID.test(filter.systemId)) {
      const visible = scope.visibleSystem(":filterSystemId");
      where(`incident.system_id = :filterSystemId AND ${visible.sql}`, { ...visible.params, filterSystemId: filter.systemId.toLowerCase() });
    } else {
      where("FALSE");
    }
  }
  if (filter.highRisk != null) where("incident.high_risk = :highRisk", { highRisk: filter.highRisk });
  if (filter.notificationStatuses) {
    where(`${NOTIFICATION_STATUS_SQL} IN (:...notificationStatuses)`, { notificationStatuses: nonEmpty(filter.notificationStatuses), statusNow: new Date() });
  }
  for (const [i, word] of words(filter.text).entries()) {
    where(`(incident.title || ' ' || incident.summary) ILIKE :word${i} ESCAPE '\\'`, { [`word${i}`]: `%${escapeLike(word)}%` });
  }
  return conditions;
}

/**
 * notificationStatus() of shared/incidents/notification-clock.ts as SQL, so that filters and counts agree
 * with it (and the overdue metric, overdue-notifications.ts). Alias `incident`, parameter `:statusNow`.
 */
export const NOTIFICATION_STATUS_SQL = `(CASE
  WHEN NOT incident.high_risk OR incident.detected_at IS NULL THEN 'NOT_REQUIRED'
  WHEN incident.notified_at IS NOT NULL AND incident.notified_at <= incident.detected_at + interval '72 hours' THEN 'ON_TIME'
  WHEN incident.notified_at IS NOT NULL THEN 'LATE'
  WHEN :statusNow <= incident.detected_at + interval '72 hours' THEN 'PENDING'
  ELSE 'OVERDUE' END)`;

const MAX_WORDS = 8;

function words(text?: string | null): string[] {
  return (text ?? "").split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
}

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `IN ()` is invalid SQL; an empty list must match nothing, so use a value no row holds. */
function nonEmpty<T>(values: T[]): (T | null)[] {
  return values.length > 0 ? values : [null];
}
