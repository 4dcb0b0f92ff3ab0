import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { ReadRule } from "../../../shared/policy/visibility.js";
import { whereReadable } from "../access/where-readable.js";
import { type Cursor, encodeCursor } from "../pagination/cursor.js";
import { Incident } from "./incident.js";
import type { IncidentConnection, IncidentFilter } from "./incident-types.js";

/**
 * Every read of incidents goes through here, and the caller's read rule is part of the SQL itself:
 * a row the caller may not see is neither returned, nor counted, nor distinguishable from a missing one.
 */
export function readableIncidents(db: DataSource, rule: ReadRule): SelectQueryBuilder<Incident> {
  const query = db.getRepository(Incident).createQueryBuilder("incident");
  return whereReadable(query, rule, { classification: "incident.classification", severity: "incident.severity" });
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
  return query;
}

/** `IN ()` is invalid SQL; an empty list must match nothing, so use a value no row holds. */
function nonEmpty<T>(values: T[]): (T | null)[] {
  return values.length > 0 ? values : [null];
}

export async function incidentsByIds(db: DataSource, rule: ReadRule, ids: readonly string[]): Promise<Incident[]> {
  return readableIncidents(db, rule).andWhere("incident.id IN (:...ids)", { ids }).getMany();
}
