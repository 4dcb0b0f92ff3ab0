import type { Classification, IncidentFilter, NotificationStatus, Severity } from "../gql/graphql";

/**
 * The view's state as it lives in the URL's search params, so a search can be bookmarked, shared,
 * reloaded and walked back through with the browser's buttons. Values the hub would not accept are
 * dropped when read, never sent.
 */

export const SEVERITIES: readonly Severity[] = ["HAZARD", "SERIOUS_HAZARD", "INCIDENT", "SERIOUS_INCIDENT", "DISASTER"];
export const CLASSIFICATIONS: readonly Classification[] = ["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"];
export const NOTIFICATION_STATUSES: readonly NotificationStatus[] = ["NOT_REQUIRED", "PENDING", "ON_TIME", "LATE", "OVERDUE"];

/**
 * Rows asked of each country per page. The hub's cost limit counts every field once per row of every
 * country fanned out: 50 rows from each of 50 countries stays under the default limit, more would not.
 */
export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** The hub's limit on the text filter. */
export const MAX_TEXT_LENGTH = 200;

export type SortKey = "occurredAt" | "country" | "severity" | "classification" | "title";
export const SORT_KEYS: readonly SortKey[] = ["occurredAt", "country", "severity", "classification", "title"];

export interface IncidentSearch {
  /** Empty: every participant in the directory. */
  countries: string[];
  severities: Severity[];
  classifications: Classification[];
  notificationStatuses: NotificationStatus[];
  highRisk: boolean | undefined;
  /** Calendar days (YYYY-MM-DD, UTC), both inclusive. */
  occurredFrom: string | undefined;
  occurredTo: string | undefined;
  text: string;
  pageSize: number;
}

export interface TableOrder {
  key: SortKey;
  direction: "asc" | "desc";
}

export const DEFAULT_ORDER: TableOrder = { key: "occurredAt", direction: "desc" };

const PARAM = {
  country: "country",
  severity: "severity",
  classification: "classification",
  status: "status",
  highRisk: "highRisk",
  from: "from",
  to: "to",
  text: "q",
  size: "size",
  more: "more",
  sort: "sort",
  incident: "incident",
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_CODE = /^[A-Z0-9]{2,8}$/;

function oneOf<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

function validDay(value: string | null): string | undefined {
  return value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;
}

export function readSearch(params: URLSearchParams): IncidentSearch {
  const highRisk = params.get(PARAM.highRisk);
  const size = Number(params.get(PARAM.size));
  return {
    countries: [...new Set(params.getAll(PARAM.country).map((c) => c.toUpperCase()).filter((c) => COUNTRY_CODE.test(c)))].sort(),
    severities: oneOf(SEVERITIES, params.getAll(PARAM.severity)),
    classifications: oneOf(CLASSIFICATIONS, params.getAll(PARAM.classification)),
    notificationStatuses: oneOf(NOTIFICATION_STATUSES, params.getAll(PARAM.status)),
    highRisk: highRisk === "yes" ? true : highRisk === "no" ? false : undefined,
    occurredFrom: validDay(params.get(PARAM.from)),
    occurredTo: validDay(params.get(PARAM.to)),
    text: (params.get(PARAM.text) ?? "").trim().slice(0, MAX_TEXT_LENGTH),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/**
 * A new search replaces the old one: the pages loaded beyond the first belonged to the old filter, so
 * they go; the table's order and the open incident stay.
 */
export function writeSearch(current: URLSearchParams, search: IncidentSearch): URLSearchParams {
  const next = new URLSearchParams();
  for (const code of search.countries) next.append(PARAM.country, code);
  for (const s of search.severities) next.append(PARAM.severity, s);
  for (const c of search.classifications) next.append(PARAM.classification, c);
  for (const s of search.notificationStatuses) next.append(PARAM.status, s);
  if (search.highRisk !== undefined) next.set(PARAM.highRisk, search.highRisk ? "yes" : "no");
  if (search.occurredFrom) next.set(PARAM.from, search.occurredFrom);
  if (search.occurredTo) next.set(PARAM.to, search.occurredTo);
  if (search.text) next.set(PARAM.text, search.text);
  if (search.pageSize !== DEFAULT_PAGE_SIZE) next.set(PARAM.size, String(search.pageSize));
  for (const key of [PARAM.sort, PARAM.incident]) {
    const value = current.get(key);
    if (value) next.set(key, value);
  }
  return next;
}

/** The hub's filter for a search; undefined when nothing narrows it. */
export function toIncidentFilter(search: IncidentSearch): IncidentFilter | undefined {
  const filter: IncidentFilter = {};
  if (search.severities.length) filter.severities = search.severities;
  if (search.classifications.length) filter.classifications = search.classifications;
  if (search.notificationStatuses.length) filter.notificationStatuses = search.notificationStatuses;
  if (search.highRisk !== undefined) filter.highRisk = search.highRisk;
  if (search.occurredFrom) filter.occurredAfter = `${search.occurredFrom}T00:00:00.000Z`;
  // "To" names a whole day: the hub's bound is exclusive, so it is the next day's first instant.
  if (search.occurredTo) filter.occurredBefore = nextDay(search.occurredTo);
  if (search.text) filter.text = search.text;
  return Object.keys(filter).length ? filter : undefined;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** What the search narrows, in words, for the export and the screen reader summary. */
export function describeSearch(search: IncidentSearch): string {
  const parts: string[] = [search.countries.length ? `countries ${search.countries.join(", ")}` : "every country"];
  if (search.severities.length) parts.push(`severity ${search.severities.join(" or ")}`);
  if (search.classifications.length) parts.push(`classification ${search.classifications.join(" or ")}`);
  if (search.notificationStatuses.length) parts.push(`72-hour status ${search.notificationStatuses.join(" or ")}`);
  if (search.highRisk !== undefined) parts.push(search.highRisk ? "high-risk only" : "not high-risk");
  if (search.occurredFrom) parts.push(`occurred from ${search.occurredFrom}`);
  if (search.occurredTo) parts.push(`occurred to ${search.occurredTo}`);
  if (search.text) parts.push(`text "${search.text}"`);
  return parts.join("; ");
}

/** Pages loaded beyond the first, per country: `more=JP:2,US:1`. */
export function readMorePages(params: URLSearchParams): Map<string, number> {
  const more = new Map<string, number>();
  for (const part of (params.get(PARAM.more) ?? "").split(",")) {
    const [code, count] = part.split(":");
    const pages = Number(count);
    if (code && COUNTRY_CODE.test(code) && Number.isInteger(pages) && pages > 0) more.set(code, Math.min(pages, 100));
  }
  return more;
}

export function writeMorePages(current: URLSearchParams, more: ReadonlyMap<string, number>): URLSearchParams {
  const next = new URLSearchParams(current);
  const value = [...more]
    .filter(([, pages]) => pages > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, pages]) => `${code}:${pages}`)
    .join(",");
  if (value) next.set(PARAM.more, value);
  else next.delete(PARAM.more);
  return next;
}

export function readOrder(params: URLSearchParams): TableOrder {
  const [key, direction] = (params.get(PARAM.sort) ?? "").split(":");
  if (!key || !(SORT_KEYS as readonly string[]).includes(key)) return DEFAULT_ORDER;
  return { key: key as SortKey, direction: direction === "asc" ? "asc" : "desc" };
}

export function writeOrder(current: URLSearchParams, order: TableOrder): URLSearchParams {
  const next = new URLSearchParams(current);
  if (order.key === DEFAULT_ORDER.key && order.direction === DEFAULT_ORDER.direction) next.delete(PARAM.sort);
  else next.set(PARAM.sort, `${order.key}:${order.direction}`);
  return next;
}

/** The incident open in the drawer: its owner's code and its id (`incident=JP.<id>`). */
export interface IncidentKey {
  country: string;
  id: string;
}

export function readOpenIncident(params: URLSearchParams): IncidentKey | undefined {
  const value = params.get(PARAM.incident) ?? "";
  const dot = value.indexOf(".");
  if (dot < 1) return undefined;
  const country = value.slice(0, dot).toUpperCase();
  const id = value.slice(dot + 1);
  return COUNTRY_CODE.test(country) && id.length > 0 && id.length <= 100 ? { country, id } : undefined;
}

export function writeOpenIncident(current: URLSearchParams, key: IncidentKey | undefined): URLSearchParams {
  const next = new URLSearchParams(current);
  if (key) next.set(PARAM.incident, incidentParam(key));
  else next.delete(PARAM.incident);
  return next;
}

export function incidentParam(key: IncidentKey): string {
  return `${key.country}.${key.id}`;
}
