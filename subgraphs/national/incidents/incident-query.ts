import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { ReadRule } from "../../../shared/policy/visibility.js";
import { whereReadable } from "../access/where-readable.js";
import { type Cursor, encodeCursor, UUID } from "../pagination/cursor.js";
import { Incident } from "./incident.js";
import type { IncidentConnection, IncidentFilter } from "./incident-types.js";

/**
 * Every read of incidents goes through here, and the caller's read rule is part of the SQL itself:
 * a row the caller may not see is neither returned, nor counted, nor distinguishable from a missing one.
 */
export function readableIncidents(db: DataSource, rule: ReadRule): SelectQueryBuilder<Incident> {
  const query = db.getRepository(Incident).createQueryBuilder("incident");
  return whereReadable(query, rule, { classification: "incident.classification", severity: "incident.severity", systemId: "incident.systemId" });
}

export interface PageRequest {
  filter?: IncidentFilter | null;
  first: number;
  after?: Cursor;
}

export async function incidentPage(db: DataSource, rule: ReadRule, request: PageRequest): Promise<IncidentConnection> {
  const matching = applyFilter(readableIncidents(db, rule), request.filter);
  const page = matching.clone().orderBy("incident.occurredAt", "DESC").addOrderBy("incident.id", "DESC").limit(request.first + 1);
  if (request.after) {
    page.andWhere("(incident.occurredAt, incident.id) < (:afterAt, :afterId)", {
      afterAt: request.after.at,
      afterId: request.after.id,
    });
  }
  const [rows, totalCount] = await Promise.all([request.first > 0 ? page.getMany() : Promise.resolve([]), matching.getCount()]);
  const nodes = rows.slice(0, request.first);
  const last = nodes.at(-1);
  return {
    totalCount,
    nodes,
    pageInfo: {
      endCursor: last ? encodeCursor({ at: last.occurredAt, id: last.id }) : null,
      hasNextPage: request.first > 0 ? rows.length > request.first : totalCount > 0,
    },
  };
}

function applyFilter(query: SelectQueryBuilder<Incident>, filter?: IncidentFilter | null): SelectQueryBuilder<Incident> {
  if (!filter) return query;
  if (filter.severities) query.andWhere("incident.severity IN (:...severities)", { severities: nonEmpty(filter.severities) });
  if (filter.classifications) {
    query.andWhere("incident.classification IN (:...classifications)", { classifications: nonEmpty(filter.classifications) });
  }
  if (filter.occurredAfter) query.andWhere("incident.occurredAt >= :occurredAfter", { occurredAfter: filter.occurredAfter });
  if (filter.occurredBefore) query.andWhere("incident.occurredAt < :occurredBefore", { occurredBefore: filter.occurredBefore });
  if (filter.systemId != null) {
    // A malformed id matches nothing rather than failing the cast in SQL.
    query.andWhere(UUID.test(filter.systemId) ? "incident.systemId = :systemId" : "FALSE", { systemId: filter.systemId.toLowerCase() });
  }
  if (filter.highRisk != null) query.andWhere("incident.highRisk = :highRisk", { highRisk: filter.highRisk });
  if (filter.notificationStatuses) {
    query.andWhere(`${NOTIFICATION_STATUS_SQL} IN (:...notificationStatuses)`, {
      notificationStatuses: nonEmpty(filter.notificationStatuses),
      statusNow: new Date(),
    });
  }
  for (const [i, word] of words(filter.text).entries()) {
    query.andWhere(`(incident.title || ' ' || incident.summary) ILIKE :word${i} ESCAPE '\\'`, { [`word${i}`]: `%${escapeLike(word)}%` });
  }
  return query;
}

/** notificationStatus() of shared/incidents/notification-clock.ts as SQL, so that filters and counts agree with it. */
const NOTIFICATION_STATUS_SQL = `(CASE
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

export async function incidentsByIds(db: DataSource, rule: ReadRule, ids: readonly string[]): Promise<Incident[]> {
  return readableIncidents(db, rule).andWhere("incident.id IN (:...ids)", { ids }).getMany();
}
