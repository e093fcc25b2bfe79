"use client";

import { Bar, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from "recharts";
import { CRAMP_CONTEXT_LABELS, type CrampContext, type CrampWeek } from "@/lib/progress/cramps";
import type { ChartAxis } from "@/lib/progress/range";
import { AXIS_WIDTH, CHART_HEIGHT, CHART_MARGIN, TICK_STYLE, dayMs, formatWeekOf, midWeekMs, xAxisProps, yAxisLabel } from "./chart-frame";
import type { LegendItem } from "./chart-legend";
import { WeekBar } from "./week-bar";

/** One fill per context, dark to light from night to exercise, so neighbours in a stack stay apart. */
const CONTEXT_FILLS: Record<CrampContext, string> = {
  NIGHT_SLEEP: "#1e3a8a",
  REST_SITTING: "#6d28d9",
  REST_LYING_AWAKE: "#0e7490",
  DURING_EXERCISE: "#b45309",
  POST_EXERCISE: "#be123c",
  OTHER: "#475569",
};

export const crampLegend = (contexts: readonly CrampContext[]): LegendItem[] =>
  contexts.map((context) => ({ label: CRAMP_CONTEXT_LABELS[context], mark: "bar", color: CONTEXT_FILLS[context] }));

/** Cramps per week, one stacked segment per context. */
export function CrampsChart({ axis, weeks, contexts }: { axis: ChartAxis; weeks: CrampWeek[]; contexts: CrampContext[] }) {
  const data = weeks.map((week) => ({ x: midWeekMs(week.weekStart), weekStart: dayMs(week.weekStart), ...week.counts }));
  return (
    <ComposedChart
      responsive
      data={data}
      style={{ width: "100%", height: CHART_HEIGHT }}
      margin={{ ...CHART_MARGIN, right: CHART_MARGIN.right + AXIS_WIDTH }}
      title="Cramps per week"
      desc="Cramps per week stacked by context; the same data is in the table."
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis {...xAxisProps(axis)} />
      <YAxis allowDecimals={false} width={AXIS_WIDTH} tick={TICK_STYLE} label={yAxisLabel("Cramps per week")} />
      {contexts.map((context) => (
        <Bar
          key={context}
          dataKey={context}
          name={CRAMP_CONTEXT_LABELS[context]}
          stackId="cramps"
          fill={CONTEXT_FILLS[context]}
          shape={(props) => <WeekBar {...props} />}
          isAnimationActive={false}
        />
      ))}
      <Tooltip cursor={false} labelFormatter={(label) => formatWeekOf(Number(label))} />
    </ComposedChart>
  );
}
