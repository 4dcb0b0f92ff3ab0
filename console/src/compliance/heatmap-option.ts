import type { ChartOption } from "../charts/EChart";
import { cellMark, cellWords, LEVELS, levelOf, levelStyle, statusLabel } from "./compliance-labels";
import { attestedSummary, indicatorSummary, type MatrixItem, type MatrixRow } from "./matrix-model";

/** One heat map cell: [item index, row index, level index] and what its label and tooltip say. */
export interface HeatmapDatum {
  value: [number, number, number];
  country: string;
  item: string;
  /** "LC ✓": printed in the cell. */
  mark: string;
  /** "Largely compliant, Accepted": said in the tooltip. */
  words: string;
  label: { color: string };
}

const LEVEL_INDEX = new Map(LEVELS.map((style, index) => [style.level, index]));

/** Pure: the matrix as heat map cells, one per country and item, in the matrix's order. */
export function heatmapData(rows: readonly MatrixRow[], items: readonly MatrixItem[]): HeatmapDatum[] {
  const data: HeatmapDatum[] = [];
  rows.forEach((row, y) => {
    const byItem = new Map(row.cells.map((cell) => [cell.itemCode, cell]));
    items.forEach((item, x) => {
      const cell = byItem.get(item.code) ?? { itemCode: item.code, selfRating: null, reviewStatus: null };
      const level = levelOf(cell);
      data.push({
        value: [x, y, LEVEL_INDEX.get(level)!],
        country: row.country,
        item: item.code,
        mark: cellMark(cell),
        words: cellWords(cell),
        label: { color: levelStyle(level).ink },
      });
    });
  });
  return data;
}

const ROW_HEIGHT = 30;
const MIN_COLUMN = 40;
const MAX_VISIBLE_ROWS = 16;
/** A few items would otherwise stretch into bars the indicators sit far away from. */
const MAX_COLUMN = 88;
/** Below this width the chart drops the names and the indicators beside the rows (the table keeps both). */
const NARROW = 640;

export interface HeatmapLayout {
  height: number;
  /** The chart's width when every item fits at no more than MAX_COLUMN each. */
  width: number;
  narrow: boolean;
  gridLeft: number;
  gridRight: number;
  gridTop: number;
  gridBottom: number;
  /** How many rows and items show at once; the rest is reached with the sliders. */
  visibleRows: number;
  visibleColumns: number;
  rotateItemLabels: boolean;
}

/**
 * Pure: sizes the chart for its width, so fifty countries and thirty items stay readable (a window of
 * rows and items with sliders) rather than shrinking to unreadable cells.
 */
export function heatmapLayout(width: number, rowCount: number, itemCount: number): HeatmapLayout {
  const narrow = width < NARROW;
  const visibleRows = Math.max(1, Math.min(rowCount, MAX_VISIBLE_ROWS));
  const scrollsRows = rowCount > visibleRows;
  const gridLeft = narrow ? 44 : 160;
  const gridRight = (narrow ? 8 : 150) + (scrollsRows ? 30 : 0);
  const plotWidth = Math.max(MIN_COLUMN, width - gridLeft - gridRight);
  const visibleColumns = Math.max(1, Math.min(itemCount, Math.floor(plotWidth / MIN_COLUMN)));
  const scrollsColumns = itemCount > visibleColumns;
  const rotateItemLabels = plotWidth / visibleColumns < 56;
  const gridTop = rotateItemLabels ? 58 : 28;
  const gridBottom = scrollsColumns ? 44 : 8;
  return {
    height: gridTop + visibleRows * ROW_HEIGHT + gridBottom,
    width: scrollsColumns ? width : Math.min(width, gridLeft + gridRight + itemCount * MAX_COLUMN),
    narrow,
    gridLeft,
    gridRight,
    gridTop,
    gridBottom,
    visibleRows,
    visibleColumns,
    rotateItemLabels,
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Pure: the ECharts option for the matrix at a given width (tooltips drawn on the canvas: no HTML, nothing for the CSP to refuse). */
export function heatmapOption(rows: readonly MatrixRow[], items: readonly MatrixItem[], layout: HeatmapLayout, description: string): ChartOption {
  const data = heatmapData(rows, items);
  const rowsByCode = new Map(rows.map((row) => [row.country, row]));
  const itemsByCode = new Map(items.map((item) => [item.code, item]));
  const scrollsRows = rows.length > layout.visibleRows;
  const scrollsColumns = items.length > layout.visibleColumns;
  const countryAxis = {
    type: "category",
    data: rows.map((row) => row.country),
    inverse: true,
    axisTick: { show: false },
    axisLine: { show: false },
  };
  const dataZoom: object[] = [];
  if (scrollsRows) {
    dataZoom.push({ type: "slider", yAxisIndex: layout.narrow ? [0] : [0, 1], startValue: 0, endValue: layout.visibleRows - 1, right: 6, width: 18, showDetail: false, brushSelect: false });
  }
  if (scrollsColumns) {
    dataZoom.push({ type: "slider", xAxisIndex: [0], startValue: 0, endValue: layout.visibleColumns - 1, bottom: 8, height: 18, showDetail: false, brushSelect: false });
  }
  if (!layout.narrow) {
    // Drag to move, Ctrl + wheel to zoom; the wheel alone keeps scrolling the page. (Not on narrow
    // screens: there a drag on the chart must scroll the page, and the sliders move the window.)
    const inside = { type: "inside", zoomOnMouseWheel: "ctrl", moveOnMouseWheel: false, moveOnMouseMove: true };
    if (scrollsRows) dataZoom.push({ ...inside, yAxisIndex: [0, 1] });
    if (scrollsColumns) dataZoom.push({ ...inside, xAxisIndex: [0] });
  }
  return {
    aria: { enabled: true, label: { description } },
    grid: { left: layout.gridLeft, right: layout.gridRight, top: layout.gridTop, bottom: layout.gridBottom },
    xAxis: {
      type: "category",
      position: "top",
      data: items.map((item) => item.code),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { rotate: layout.rotateItemLabels ? 90 : 0, interval: 0, fontSize: 11, color: "#1b1f24" },
    },
    yAxis: [
      {
        ...countryAxis,
        axisLabel: {
          interval: 0,
          fontSize: 12,
          color: "#1b1f24",
          formatter: (code: string) => (layout.narrow ? code : `${code}  ${truncate(rowsByCode.get(code)?.name ?? "", 17)}`),
        },
      },
      {
        ...countryAxis,
        position: "right",
        show: !layout.narrow,
        axisLabel: {
          interval: 0,
          fontSize: 11,
          color: "#4a5360",
          formatter: (code: string) => {
            const row = rowsByCode.get(code);
            return row ? indicatorSummary(row.indicators) : "";
          },
        },
      },
    ],
    visualMap: {
      type: "piecewise",
      show: false,
      dimension: 2,
      seriesIndex: 0,
      pieces: LEVELS.map((style, index) => ({ value: index, color: style.fill, label: style.label })),
    },
    tooltip: {
      trigger: "item",
      renderMode: "richText",
      confine: true,
      formatter: (params: { data: HeatmapDatum }) => {
        const datum = params.data;
        const row = rowsByCode.get(datum.country);
        const item = itemsByCode.get(datum.item);
        const lines = [
          `${row?.name ?? datum.country} (${datum.country})`,
          `${datum.item}: ${truncate(item?.title ?? "", 60)}`,
          datum.words,
          `Indicators${row?.indicators.kind === "value" ? (row.indicators.value.basis === "OWNER" ? " (own count)" : " (shared view)") : ""}: ${row ? indicatorSummary(row.indicators) : ""}`,
          `Attested with the report: ${row ? (row.status && !row.reportId ? "not shared with you" : attestedSummary(row.attested)) : ""}`,
        ];
        if (row?.reportId) lines.push("Click to open the report");
        else if (row?.status) lines.push(`Report ${statusLabel(row.status).toLowerCase()}; only its country and the board read it`);
        return lines.join("\n");
      },
    },
    series: [
      {
        type: "heatmap",
        data,
        label: { show: true, fontSize: 12, formatter: (params: { data: HeatmapDatum }) => params.data.mark },
        itemStyle: { borderColor: "#ffffff", borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: "#1b1f24", borderWidth: 2 } },
        cursor: "pointer",
      },
    ],
    dataZoom,
  };
}
