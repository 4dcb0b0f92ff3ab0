import type { IncidentRowFragment } from "../gql/graphql";
import { CLASSIFICATIONS, SEVERITIES, type TableOrder } from "./incident-filters";

export type IncidentRow = IncidentRowFragment;

/** One page of one country's incidents, as the hub answered it. */
export interface CountryPage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: IncidentRow[];
}

/** What the view knows of one asked country: its pages so far, or that it did not answer. */
export interface CountryResult {
  code: string;
  name: string;
  /** False when the country's deployment did not answer (its incidents are null in the answer). */
  answered: boolean;
  /** Every record matching the filter that the caller may see, as the country counted it. */
  totalCount: number | undefined;
  rows: IncidentRow[];
  /** Where the next page starts; undefined when the last loaded page was the last one. */
  nextCursor: string | undefined;
}

/**
 * Joins each country's first page with the pages loaded after it, in order. A row already seen is kept
 * once (a record reported between two page loads can shift a page). The total is the latest page's.
 */
export function mergeCountryPages(
  countries: readonly { code: string; name: string; incidents: CountryPage | null }[],
  morePages: ReadonlyMap<string, readonly (CountryPage | null)[]>,
): CountryResult[] {
  return countries.map(({ code, name, incidents }) => {
    if (!incidents) return { code, name, answered: false, totalCount: undefined, rows: [], nextCursor: undefined };
    const seen = new Set<string>();
    const rows: IncidentRow[] = [];
    let last: CountryPage = incidents;
    for (const page of [incidents, ...(morePages.get(code) ?? [])]) {
      if (!page) break;
      last = page;
      for (const node of page.nodes) {
        if (seen.has(node.id)) continue;
        seen.add(node.id);
        rows.push(node);
      }
    }
    return {
      code,
      name,
      answered: true,
      totalCount: last.totalCount,
      rows,
      nextCursor: last.pageInfo.hasNextPage && last.pageInfo.endCursor ? last.pageInfo.endCursor : undefined,
    };
  });
}

export function allRows(results: readonly CountryResult[]): IncidentRow[] {
  return results.flatMap((r) => r.rows);
}

const RANK = {
  severity: new Map(SEVERITIES.map((s, i) => [s as string, i])),
  classification: new Map(CLASSIFICATIONS.map((c, i) => [c as string, i])),
};

function compare(a: IncidentRow, b: IncidentRow, key: TableOrder["key"]): number {
  switch (key) {
    case "occurredAt":
      return Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
    case "severity":
      return (RANK.severity.get(a.severity) ?? 0) - (RANK.severity.get(b.severity) ?? 0);
    case "classification":
      return (RANK.classification.get(a.classification) ?? 0) - (RANK.classification.get(b.classification) ?? 0);
    case "country":
      return a.country.localeCompare(b.country);
    case "title":
      return a.title.localeCompare(b.title);
  }
}

/**
 * The table's order. Severity and classification sort by their scale (hazard to disaster, public to
 * national security), not alphabetically; ties fall back to newest first, then id, so the order is stable.
 */
export function sortRows(rows: readonly IncidentRow[], order: TableOrder): IncidentRow[] {
  const sign = order.direction === "asc" ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compare(a, b, order.key) || Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || a.id.localeCompare(b.id),
  );
}
