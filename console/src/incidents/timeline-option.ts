import type { Severity } from "../gql/graphql";
import { humanize } from "../ui/format";
import { SEVERITIES } from "./incident-filters";
import { CLASSIFICATION_MARKS, INK, markStyle, SEVERITY_MARKS } from "./incident-marks";
import type { CountryResult, IncidentRow } from "./incident-rows";

/** What a click on a point gives back: enough to open the incident from its owner. */
export interface TimelinePoint {
  value: [string, number];
  id: string;
  country: string;
}

/** One lane per asked country, in the answer's order; a country that did not answer keeps its lane, labelled so. */
export function timelineLanes(results: readonly CountryResult[]): string[] {
  return results.map((r) => (r.answered ? r.code : `${r.code} (no answer)`));
}

/** Incidents as one scatter series per severity (its colour and shape), each point styled by classification. */
export function timelineSeries(results: readonly CountryResult[]) {
  const lane = new Map(results.map((r, index) => [r.code, index]));
  const bySeverity = new Map<Severity, IncidentRow[]>(SEVERITIES.map((s) => [s, []]));
  for (const row of results.flatMap((r) => r.rows)) bySeverity.get(row.severity)?.push(row);
  return SEVERITIES.map((severity) => ({
    type: "scatter" as const,
    name: humanize(severity),
    symbol: SEVERITY_MARKS[severity].symbol,
    symbolSize: 14,
    itemStyle: { color: SEVERITY_MARKS[severity].colour },
    cursor: "pointer",
    data: bySeverity.get(severity)!.map((row) => {
      const style = markStyle(row.severity, row.classification);
      return {
        value: [row.occurredAt, lane.get(row.country) ?? 0] as [string, number],
        id: row.id,
        country: row.country,
        name: row.title,
        itemStyle: { color: style.fill, borderColor: style.stroke, borderWidth: style.strokeWidth, opacity: 1 },
        label: { show: true, formatter: CLASSIFICATION_MARKS[row.classification].tag },
      };
    }),
    label: { position: "right" as const, distance: 3, fontSize: 10, color: INK },
    emphasis: { scale: 1.4 },
  }));
}

/** ECharts' rich text reads `{style|text}`: a title must not be taken for markup. */
function plain(text: string): string {
  return text.replace(/[{}|]/g, " ");
}

export function tooltipText(row: Pick<IncidentRow, "title" | "country" | "severity" | "classification" | "occurredAt">): string {
  return [plain(row.title), `${row.country} · ${humanize(row.severity)} · ${humanize(row.classification)}`, `Occurred ${new Date(row.occurredAt).toISOString().slice(0, 16).replace("T", " ")} UTC`].join("\n");
}

/**
 * The timeline: x is when each incident occurred, y one lane per country. The tooltip is drawn in the
 * canvas (rich text, not HTML): hub text never becomes markup, and no inline style meets the CSP.
 */
export function timelineOption(results: readonly CountryResult[], description: string) {
  const rows = new Map(results.flatMap((r) => r.rows).map((row) => [`${row.country}.${row.id}`, row]));
  return {
    // ECharts would otherwise replace the container's label with a listing of raw timestamps.
    aria: { enabled: true, label: { description } },
    grid: { left: 8, right: 24, top: 16, bottom: 56, containLabel: true },
    xAxis: {
      type: "time" as const,
      name: "Occurred",
      nameLocation: "middle" as const,
      nameGap: 28,
      axisLabel: { color: INK, hideOverlap: true },
      // Room on both sides, so the first and last marks and their tags are drawn whole.
      min: ({ min, max }: { min: number; max: number }) => min - timePadding(min, max),
      max: ({ min, max }: { min: number; max: number }) => max + timePadding(min, max),
    },
    yAxis: {
      type: "category" as const,
      data: timelineLanes(results),
      inverse: true,
      axisLabel: { color: INK },
      splitLine: { show: true, lineStyle: { color: "#e3e8ee" } },
    },
    tooltip: {
      trigger: "item" as const,
      renderMode: "richText" as const,
      formatter: (params: { data?: TimelinePoint }) => {
        const row = params.data ? rows.get(`${params.data.country}.${params.data.id}`) : undefined;
        return row ? tooltipText(row) : "";
      },
    },
    dataZoom: [{ type: "slider" as const, xAxisIndex: 0, height: 18, bottom: 4, filterMode: "none" as const }],
    legend: { show: false },
    series: timelineSeries(results),
  };
}

/** 3% of the shown span on each side, at least a day. */
export function timePadding(min: number, max: number): number {
  return Math.max(86_400_000, (max - min) * 0.03);
}

/** Lanes of 36 px, with room for the axes and the zoom slider. */
export function timelineHeight(laneCount: number): number {
  return Math.max(180, laneCount * 36 + 100);
}
