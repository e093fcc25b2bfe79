"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceArea, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { LEFS_MCID, LEFS_SCALE, type LefsSeries } from "@/lib/progress/lefs-points";
import type { ChartAxis } from "@/lib/progress/range";
import { AXIS_WIDTH, CHART_MARGIN, LEFS_CHART_HEIGHT, COLORS, TICK_STYLE, dayMs, formatFullDate, xAxisProps, yAxisLabel } from "./chart-frame";

/** LEFS totals (0–80) on the shared time axis, with the MCID band around the first total. */
export function LefsChart({ axis, lefs }: { axis: ChartAxis; lefs: LefsSeries }) {
  const data = lefs.points.map((point) => ({ x: dayMs(point.date), total: point.total }));
  const meaningful = lefs.points.filter((point) => point.meaningful).map((point) => ({ x: dayMs(point.date), total: point.total }));
  return (
    <ComposedChart
      responsive
      data={data}
      style={{ width: "100%", height: LEFS_CHART_HEIGHT }}
      margin={{ ...CHART_MARGIN, right: CHART_MARGIN.right + AXIS_WIDTH }}
      title="LEFS"
      desc="Lower Extremity Functional Scale totals with the band of changes smaller than the MCID; the same data is in the table."
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis {...xAxisProps(axis)} />
      <YAxis domain={[LEFS_SCALE.min, LEFS_SCALE.max]} ticks={[0, 20, 40, 60, 80]} width={AXIS_WIDTH} tick={TICK_STYLE} label={yAxisLabel("LEFS (0–80)")} />
      {lefs.band && (
        <ReferenceArea
          y1={lefs.band.low}
          y2={lefs.band.high}
          fill={COLORS.mcidFill}
          fillOpacity={0.8}
          ifOverflow="hidden"
          label={{ value: `±${LEFS_MCID.points} (MCID)`, position: "insideTopRight", fontSize: 11, fill: "#134e4a" }}
        />
      )}
      <Line dataKey="total" name="LEFS total" stroke={COLORS.left} strokeWidth={2} dot={{ r: 5, fill: COLORS.left }} isAnimationActive={false} />
      <Scatter name="Meaningful change" data={meaningful} dataKey="total" fill={COLORS.marker} shape="star" legendType="star" isAnimationActive={false} />
      <Tooltip cursor={false} labelFormatter={(label) => formatFullDate(Number(label))} />
    </ComposedChart>
  );
}
