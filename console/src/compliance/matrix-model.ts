import type { ComplianceIndicatorsQuery, ComplianceMatrixQuery, ComplianceReportStatus } from "../gql/graphql";

export type Matrix = ComplianceMatrixQuery["complianceMatrix"];
export type MatrixItem = Matrix["items"][number];
export type MatrixCell = Matrix["rows"][number]["cells"][number];
export type ReportSummary = ComplianceMatrixQuery["complianceReports"][number];
export type Indicators = NonNullable<ComplianceIndicatorsQuery["countries"][number]["indicators"]>;

/**
 * A country's indicators as the view knows them: counted (`value`), still coming (`pending`), not
 * given (`missing`), or lost because its deployment did not answer (`unanswered`, named in the answer's errors).
 */
export type IndicatorState = { kind: "value"; value: Indicators } | { kind: "pending" } | { kind: "missing" } | { kind: "unanswered" };

/** One line of the matrix with what the view adds to the hub's row: the report behind it and the country's indicators. */
export interface MatrixRow {
  country: string;
  name: string;
  /** The review status of the country's latest report; null without one. */
  status: ComplianceReportStatus | null;
  /** The latest report's id when the caller may open it (the board: every country's; a regulator: its own). */
  reportId: string | undefined;
  version: number | undefined;
  cells: readonly MatrixCell[];
  /** Counted by the country for the caller now (basis SHARED_VIEW, or OWNER for one's own country). */
  indicators: IndicatorState;
  /** The figures the country attested with its latest report (basis OWNER); null without one. */
  attested: Matrix["rows"][number]["attestedIndicators"];
}

/** Each country's latest version: the one the matrix rates and the board reviews. */
export function latestReportByCountry(reports: readonly ReportSummary[]): Map<string, ReportSummary> {
  const latest = new Map<string, ReportSummary>();
  for (const report of reports) {
    const known = latest.get(report.country);
    if (!known || report.version > known.version) latest.set(report.country, report);
  }
  return latest;
}

/**
 * Joins the matrix with the reports the caller may open and with the indicators. `indicators` is
 * undefined while they are being asked for; `unanswered` names the countries whose deployments did not answer.
 */
export function matrixRows(
  matrix: Matrix,
  reports: readonly ReportSummary[],
  indicators: ComplianceIndicatorsQuery["countries"] | undefined,
  unanswered: ReadonlySet<string> = new Set(),
): MatrixRow[] {
  const latest = latestReportByCountry(reports);
  const counted = new Map(indicators?.map((country) => [country.code, country.indicators]));
  const indicatorState = (code: string): IndicatorState => {
    if (indicators === undefined) return { kind: "pending" };
    const value = counted.get(code);
    if (value) return { kind: "value", value };
    return unanswered.has(code) ? { kind: "unanswered" } : { kind: "missing" };
  };
  return matrix.rows.map((row) => {
    const report = latest.get(row.country.code);
    const status = row.cells[0]?.reviewStatus ?? report?.status ?? null;
    return {
      country: row.country.code,
      name: row.country.name,
      status,
      reportId: report?.id,
      version: report?.version,
      cells: row.cells,
      indicators: indicatorState(row.country.code),
      attested: row.attestedIndicators ?? null,
    };
  });
}

export interface IndicatorFigure {
  key: "redTeamed" | "notified" | "provenance";
  /** What is counted, in words, for the legend. */
  label: string;
  /** A few letters, where space is short (the heat map's right-hand labels). */
  short: string;
  /** A table column's heading. */
  heading: string;
  done: number;
  of: number;
}

export const INDICATOR_LABELS: readonly Pick<IndicatorFigure, "key" | "label" | "short" | "heading">[] = [
  { key: "redTeamed", label: "high-risk deployments whose system was red-teamed before deployment, of all high-risk deployments", short: "RT", heading: "Red-teamed first" },
  { key: "notified", label: "incidents in high-risk deployments notified within 72 hours, of those that required it", short: "72h", heading: "Notified in 72 h" },
  { key: "provenance", label: "AI systems with a provenance label, of all systems", short: "PL", heading: "Provenance labels" },
];

/** The three indicators the baseline's public items are checked by, each as "done of total". */
export function indicatorFigures(indicators: Indicators): IndicatorFigure[] {
  const counts: Record<IndicatorFigure["key"], [number, number]> = {
    redTeamed: [indicators.redTeamedBeforeDeployment, indicators.highRiskDeployments],
    notified: [indicators.notifiedWithin72h, indicators.incidentsRequiringNotification],
    provenance: [indicators.systemsWithProvenance, indicators.systems],
  };
  return INDICATOR_LABELS.map((label) => ({ ...label, done: counts[label.key][0], of: counts[label.key][1] }));
}

/** The figures a country attested, as `indicatorSummary` writes them: "RT 3/4 · 72h 9/18 · PL 5/6". */
export function attestedSummary(attested: MatrixRow["attested"]): string {
  if (!attested) return "none";
  return indicatorSummary({ kind: "value", value: { ...attested, basis: "OWNER" } });
}

/** "RT 2/3 · 72h 1/1 · PL 4/5", or why there are no figures. */
export function indicatorSummary(state: IndicatorState): string {
  if (state.kind === "pending") return "counting…";
  if (state.kind === "missing") return "no indicators";
  if (state.kind === "unanswered") return "no answer";
  return indicatorFigures(state.value)
    .map((figure) => `${figure.short} ${figure.done}/${figure.of}`)
    .join(" · ");
}
