"use client";

import dynamic from "next/dynamic";
import type { ComponentProps, ComponentType } from "react";
import { WhenVisible } from "@/components/ui/when-visible";
import type { AdherencePainChart as AdherencePainChartType } from "./adherence-pain-chart";
import { CHART_HEIGHT, LEFS_CHART_HEIGHT, TIMELINE_CHART_HEIGHT } from "./chart-frame";
import type { CrampsChart as CrampsChartType } from "./cramps-chart";
import type { LefsChart as LefsChartType } from "./lefs-chart";
import type { MeasureChart as MeasureChartType } from "./measure-chart";
import type { TimelineChart as TimelineChartType } from "./timeline-chart";

/**
 * The progress charts, each loaded (with Recharts, about 120 kB gzip) only when its card comes near
 * the viewport, so the tab's first load carries none of it. The numbers are in each card's table from
 * the first render; the drawing is client-only, as Recharts measures its container anyway.
 */
function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>, height: number) {
  const Chart = dynamic(load, { ssr: false, loading: () => <div style={{ height }} aria-hidden="true" /> });
  function LazyChart(props: P) {
    return (
      <WhenVisible height={height}>
        <Chart {...props} />
      </WhenVisible>
    );
  }
  return LazyChart;
}

export const TimelineChart = lazyChart<ComponentProps<typeof TimelineChartType>>(
  () => import("./timeline-chart").then((module) => module.TimelineChart),
  TIMELINE_CHART_HEIGHT,
);
export const AdherencePainChart = lazyChart<ComponentProps<typeof AdherencePainChartType>>(
  () => import("./adherence-pain-chart").then((module) => module.AdherencePainChart),
  CHART_HEIGHT,
);
export const LefsChart = lazyChart<ComponentProps<typeof LefsChartType>>(() => import("./lefs-chart").then((module) => module.LefsChart), LEFS_CHART_HEIGHT);
export const MeasureChart = lazyChart<ComponentProps<typeof MeasureChartType>>(() => import("./measure-chart").then((module) => module.MeasureChart), CHART_HEIGHT);
export const CrampsChart = lazyChart<ComponentProps<typeof CrampsChartType>>(() => import("./cramps-chart").then((module) => module.CrampsChart), CHART_HEIGHT);
