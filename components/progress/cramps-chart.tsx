"use client";

import { Bar, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from "recharts";
import { CRAMP_CONTEXT_LABELS, type CrampContext, type CrampWeek } from "@/lib/progress/cramps";
import type { ChartAxis } from "@/lib/progress/range";
import { AXIS_WIDTH, CHART_HEIGHT, CHART_MARGIN, CRAMP_FILLS, TICK_STYLE, dayMs, formatWeekOf, midWeekMs, xAxisProps, yAxisLabel } from "./chart-frame";
import { WeekBar } from "./week-bar";

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
          fill={CRAMP_FILLS[context]}
          shape={(props) => <WeekBar {...props} />}
          isAnimationActive={false}
        />
      ))}
      <Tooltip cursor={false} labelFormatter={(label) => formatWeekOf(Number(label))} />
    </ComposedChart>
  );
}
