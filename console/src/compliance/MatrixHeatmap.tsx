import { lazy, Suspense, useEffect, useMemo } from "react";
import { Loading } from "../ui/Page";
import { type HeatmapDatum, heatmapLayout, heatmapOption } from "./heatmap-option";
import type { MatrixItem, MatrixRow } from "./matrix-model";
import { useElementWidth } from "./use-element-width";

const EChart = lazy(() => import("../charts/EChart"));

interface MatrixHeatmapProps {
  rows: readonly MatrixRow[];
  items: readonly MatrixItem[];
  milestone: string;
  onOpen(country: string, item: string): void;
  /** Called with the rows once the chart has drawn them (ECharts draws synchronously in setOption). */
  onDrawn(rows: readonly MatrixRow[]): void;
}

/** The matrix as a heat map; an image for screen readers, who get the same data in the table. */
export function MatrixHeatmap({ rows, items, milestone, onOpen, onDrawn }: MatrixHeatmapProps) {
  const [wrapper, width] = useElementWidth<HTMLDivElement>();
  const layout = width > 0 ? heatmapLayout(width, rows.length, items.length) : undefined;
  const layoutKey = JSON.stringify(layout);
  const label = `Heat map of ${rows.length} countries against ${items.length} baseline items for ${milestone}: colour and letters give each self-rating, a mark the review status. The same data is in the table below.`;
  // Rebuilt only when the data or the layout changes, not at every pixel of a resize.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const option = useMemo(() => (layout ? heatmapOption(rows, items, layout, label) : undefined), [rows, items, layoutKey, label]);
  return (
    <div ref={wrapper} className="cmp-heatmap">
      {option && layout ? (
        <Suspense fallback={<Loading what="the heat map" />}>
          <div style={{ maxWidth: layout.width }}>
            <EChart
            option={option}
            label={label}
            height={layout.height}
            onItemClick={(params) => {
              const datum = params.data as HeatmapDatum | undefined;
              if (datum?.country) onOpen(datum.country, datum.item);
            }}
            />
          </div>
          <DrawnSignal rows={rows} option={option} onDrawn={onDrawn} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** Rendered after the chart in the same boundary: its effect runs once the chart's own effects have drawn. */
function DrawnSignal({ rows, option, onDrawn }: { rows: readonly MatrixRow[]; option: unknown; onDrawn(rows: readonly MatrixRow[]): void }) {
  useEffect(() => {
    onDrawn(rows);
  }, [rows, option, onDrawn]);
  return null;
}
