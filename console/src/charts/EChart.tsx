import { CustomChart, HeatmapChart, ScatterChart } from "echarts/charts";
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what the console's charts draw; this module is loaded lazily by the views that draw charts.
echarts.use([ScatterChart, HeatmapChart, CustomChart, GridComponent, TooltipComponent, VisualMapComponent, LegendComponent, DataZoomComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (the same data is always in a table beside it). */
  label: string;
  height?: number;
  onItemClick?(params: { data: unknown; dataIndex: number; seriesIndex?: number; value?: unknown }): void;
}

/** One ECharts instance in a div, resized with its container and disposed with the component. */
export default function EChart({ option, label, height = 320, onItemClick }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  const clicked = useRef(onItemClick);
  clicked.current = onItemClick;

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (params) => clicked.current?.(params as never));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    // ECharts' automatic description would replace the label with raw values (a chart may set its own).
    chart.current?.setOption({ animation: false, aria: { enabled: false }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
