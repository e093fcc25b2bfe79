"use client";

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartAxis } from "@/lib/progress/range";
import type { WeekSummary } from "@/lib/progress/weekly-summary";
import { AXIS_WIDTH, CHART_HEIGHT, CHART_MARGIN, COLORS, TICK_STYLE, dayMs, formatWeekOf, midWeekMs, xAxisProps, yAxisLabel } from "./chart-frame";
import { WeekBar } from "./week-bar";

/** Weekly adherence as bars on a 0–100 % axis, with the weekly pain means as lines on a 0–10 axis. */
export function AdherencePainChart({ axis, weeks }: { axis: ChartAxis; weeks: WeekSummary[] }) {
  const data = weeks.map((week) => ({
    x: midWeekMs(week.weekStart),
    weekStart: dayMs(week.weekStart),
    adherence: week.adherence,
    painDuring: week.painDuring,
    morningPain: week.morningPain,
  }));
  return (
    <ComposedChart
      responsive
      data={data}
      style={{ width: "100%", height: CHART_HEIGHT }}
      margin={CHART_MARGIN}
      title="Adherence and pain"
      desc="Weekly adherence bars with weekly mean pain during exercise and next morning; the same data is in the table."
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} yAxisId="percent" />
      <XAxis {...xAxisProps(axis)} />
      <YAxis yAxisId="percent" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={AXIS_WIDTH} tick={TICK_STYLE} label={yAxisLabel("Adherence (%)")} />
      <YAxis
        yAxisId="pain"
        orientation="right"
        domain={[0, 10]}
        ticks={[0, 2, 4, 6, 8, 10]}
        width={AXIS_WIDTH}
        tick={TICK_STYLE}
        label={yAxisLabel("Pain (0–10)", "right")}
      />
      <Bar yAxisId="percent" dataKey="adherence" name="Adherence" unit=" %" fill={COLORS.bars} shape={(props) => <WeekBar {...props} />} isAnimationActive={false} />
      <Line
        yAxisId="pain"
        dataKey="painDuring"
        name="Pain during exercise"
        stroke={COLORS.right}
        strokeWidth={2}
        dot={{ r: 4, fill: COLORS.right }}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        yAxisId="pain"
        dataKey="morningPain"
        name="Next-morning pain"
        stroke={COLORS.lines[2]}
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={{ r: 4, fill: "#ffffff", stroke: COLORS.lines[2], strokeWidth: 2, strokeDasharray: "" }}
        connectNulls
        isAnimationActive={false}
      />
      <Tooltip cursor={false} labelFormatter={(label) => formatWeekOf(Number(label))} />
    </ComposedChart>
  );
}
