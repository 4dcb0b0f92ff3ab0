/**
 * Which metrics a PromQL expression reads: enough of PromQL's lexical rules to tell metric names from
 * functions, keywords, label names and literals, so that a test can check that the dashboard and the
 * alert rules only ask for metrics the services really export (a renamed metric leaves an empty panel
 * and an alert that never fires, and nothing else says so).
 *
 * Histogram and summary series (`_bucket`, `_sum`, `_count`) count as their family's name, the name
 * a service declares (`# TYPE name histogram`).
 */

/** Grafana's variables ($country, ${country}, [[country]], $__rate_interval) with a value PromQL can parse. */
export function withGrafanaVariables(expr: string): string {
  return expr
    .replace(/\$__(rate_)?interval|\$__range/g, "5m")
    .replace(/\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*|\[\[[^\]]+\]\]/g, ".*");
}

/** Words that may stand where a metric name could, but are not one. */
const KEYWORDS = new Set([
  "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "atan2",
  "inf", "nan", "start", "end",
]);

/** Modifiers followed by a parenthesised list of label names. */
const LABEL_LISTS = /\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g;

const HISTOGRAM_SERIES = /_(bucket|sum|count)$/;

/** The metric (family) names an expression reads, e.g. `sum by (le) (rate(x_bucket{a="b"}[5m]))` gives x. */
export function metricNamesIn(expr: string): Set<string> {
  const code = withGrafanaVariables(expr)
    // String literals (label values, label_replace's arguments) and comments.
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/#[^\n]*/g, "")
    // Label matchers, durations and subqueries, label lists of aggregations and vector matching.
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(LABEL_LISTS, " ");
  const names = new Set<string>();
  const identifier = /(?<![A-Za-z0-9_:.])([A-Za-z_:][A-Za-z0-9_:]*)(\s*\()?/g;
  for (const match of code.matchAll(identifier)) {
    const [, name, call] = match;
    // A function call (rate(...), sum(...), histogram_quantile(...)) or a keyword: not a metric.
    if (call || KEYWORDS.has(name!.toLowerCase())) continue;
    // A number's exponent or a duration's unit (1e9, 5m) starts with a digit and was skipped by the lookbehind.
    names.add(name!.replace(HISTOGRAM_SERIES, ""));
  }
  return names;
}

interface DashboardPanel {
  targets?: { expr?: string }[];
  panels?: DashboardPanel[];
}
interface Dashboard {
  panels?: DashboardPanel[];
  templating?: { list?: { query?: string | { query?: string } }[] };
}

/** Every panel (rows' nested panels included) of a dashboard. */
export function dashboardPanels(dashboard: Dashboard): DashboardPanel[] {
  const all: DashboardPanel[] = [];
  const walk = (panels: DashboardPanel[] | undefined) => {
    for (const panel of panels ?? []) {
      all.push(panel);
      walk(panel.panels);
    }
  };
  walk(dashboard.panels);
  return all;
}

/** Every PromQL expression of a dashboard: its panels' targets and its query variables. */
export function dashboardExpressions(dashboard: Dashboard): string[] {
  const exprs = dashboardPanels(dashboard).flatMap((panel) => (panel.targets ?? []).map((target) => target.expr ?? ""));
  for (const variable of dashboard.templating?.list ?? []) {
    const query = typeof variable.query === "string" ? variable.query : variable.query?.query;
    // label_values(selector, label): the selector is PromQL, the label is a label name.
    const selector = query?.match(/^label_values\((.*),\s*[A-Za-z_][A-Za-z0-9_]*\)$/)?.[1] ?? query?.match(/^query_result\((.*)\)$/)?.[1];
    if (selector) exprs.push(selector);
  }
  return exprs.filter((expr) => expr.trim() !== "");
}

/** The metric names a Grafana dashboard reads. */
export function dashboardMetricNames(dashboard: Dashboard): Set<string> {
  return new Set(dashboardExpressions(dashboard).flatMap((expr) => [...metricNamesIn(expr)]));
}

/**
 * The metric families a /metrics page declares (`# TYPE name type`), for checking against what a running
 * service really exports instead of a list.
 */
export function exportedMetricNames(exposition: string): Set<string> {
  return new Set([...exposition.matchAll(/^# TYPE ([A-Za-z_:][A-Za-z0-9_:]*) /gm)].map((match) => match[1]!));
}

/** Series Prometheus makes itself, present whatever the services export. */
export const PROMETHEUS_SERIES = new Set(["up", "ALERTS", "ALERTS_FOR_STATE", "scrape_duration_seconds", "scrape_samples_scraped"]);

/** The names of `used` that are neither in `exported` nor Prometheus's own: what would show no data. */
export function unknownMetricNames(used: Iterable<string>, exported: ReadonlySet<string>): string[] {
  return [...new Set(used)].filter((name) => !exported.has(name) && !PROMETHEUS_SERIES.has(name)).sort();
}
