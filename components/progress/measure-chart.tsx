"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { MMT_MAX_INDEX, mmtGradeLabel } from "@/lib/assessments/mmt-grades";
import type { ChartAxis } from "@/lib/progress/range";
import type { MeasureChartDTO } from "@/lib/progress/types";
import { AXIS_WIDTH, CHART_HEIGHT, CHART_MARGIN, COLORS, TICK_STYLE, dayMs, formatFullDate, lineStyle, xAxisProps, yAxisLabel } from "./chart-frame";

type Row = { x: number } & Record<string, number>;

/** Rows by date for the lines, and the points whose change reached the MDC for the star markers. */
function chartRows(chart: MeasureChartDTO): { rows: Row[]; lines: { key: string; label: string }[]; stars: { x: number; value: number }[] } {
  const rows = new Map<number, Row>();
  const put = (day: string, key: string, value: number) => {
    const x = dayMs(day);
    rows.set(x, { ...(rows.get(x) ?? { x }), [key]: value });
  };
  switch (chart.kind) {
    case "measure":
      for (const line of chart.series) for (const point of line.points) put(point.date, line.key, point.value);
      return {
        rows: [...rows.values()].sort((a, b) => a.x - b.x),
        lines: chart.series.map(({ key, label }) => ({ key, label })),
        stars: chart.series.flatMap((line) => line.points.filter((point) => point.beyondMdc).map((point) => ({ x: dayMs(point.date), value: point.value }))),
      };
    case "lld":
      for (const point of chart.points) put(point.date, "value", point.mm);
      return { rows: [...rows.values()], lines: [{ key: "value", label: "Discrepancy" }], stars: [] };
    case "lsi":
      for (const point of chart.points) put(point.date, "value", point.lsi);
      return { rows: [...rows.values()], lines: [{ key: "value", label: "Limb symmetry index" }], stars: [] };
  }
}

function unitOf(chart: MeasureChartDTO): { axis: string; suffix: string } {
  if (chart.kind === "lld") return { axis: "Discrepancy (mm)", suffix: " mm" };
  if (chart.kind === "lsi") return { axis: "Symmetry (%)", suffix: " %" };
  if (chart.scale === "grade") return { axis: "Oxford grade", suffix: "" };
  return { axis: `Value (${chart.unit.name})`, suffix: chart.unit.symbol === "°" ? "°" : ` ${chart.unit.symbol}` };
}

/**
 * A y range that holds every value and the reference lines with a little room, so the shaded
 * impaired range can be drawn to the chart's edge. Grades always show the whole 0–5 scale.
 */
function valueDomain(chart: MeasureChartDTO, rows: readonly Row[]): [number, number] {
  if (chart.kind === "measure" && chart.scale === "grade") return [0, MMT_MAX_INDEX];
  const references =
    chart.kind === "lld" ? [0, chart.tiers.relevantFromMm] : chart.kind === "lsi" ? [chart.thresholdPercent, 100] : chart.threshold ? [chart.threshold.value] : [];
  const values = [...rows.flatMap((row) => Object.entries(row).filter(([key]) => key !== "x").map(([, value]) => value)), ...references];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max(1, (high - low) * 0.1);
  // Round outwards to fives on wide ranges, so the axis ticks land on readable numbers.
  const step = high - low > 20 ? 5 : 1;
  return [Math.floor((low - pad) / step) * step, Math.ceil((high + pad) / step) * step];
}

/** One measure over time: a line per limb (or context), the impaired range shaded, real changes starred. */
export function MeasureChart({ axis, chart }: { axis: ChartAxis; chart: MeasureChartDTO }) {
  const { rows, lines, stars } = chartRows(chart);
  const unit = unitOf(chart);
  const grade = chart.kind === "measure" && chart.scale === "grade";
  const formatValue = (value: number) => (grade ? `${mmtGradeLabel(value)}/5` : `${value}${unit.suffix}`);
  const threshold = chart.kind === "measure" ? chart.threshold : null;
  const impairedAbove = threshold?.comparison === "above" || threshold?.comparison === "atOrAbove";
  const [low, high] = valueDomain(chart, rows);
  return (
    <ComposedChart
      responsive
      data={rows}
      style={{ width: "100%", height: CHART_HEIGHT }}
      margin={{ ...CHART_MARGIN, right: CHART_MARGIN.right + AXIS_WIDTH }}
      title={chart.label}
      desc={`${chart.label} over time; the same data is in the table.`}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis {...xAxisProps(axis)} />
      <YAxis
        width={AXIS_WIDTH}
        tick={TICK_STYLE}
        label={yAxisLabel(unit.axis)}
        domain={[low, high]}
        ticks={grade ? [0, 3, 6, 9, 12] : undefined}
        tickFormatter={grade ? (value: number) => mmtGradeLabel(value) : undefined}
        allowDecimals={!grade}
      />
      {threshold && (
        <ReferenceArea
          y1={impairedAbove ? threshold.value : low}
          y2={impairedAbove ? high : threshold.value}
          fill={COLORS.thresholdFill}
          fillOpacity={0.5}
          ifOverflow="hidden"
        />
      )}
      {threshold && (
        <ReferenceLine
          y={threshold.value}
          stroke={COLORS.threshold}
          strokeDasharray="4 3"
          ifOverflow="extendDomain"
          label={{ value: `Threshold ${formatValue(threshold.value)}`, position: "insideBottomRight", fontSize: 11, fill: COLORS.threshold }}
        />
      )}
      {chart.kind === "lsi" && (
        <>
          <ReferenceArea y1={low} y2={chart.thresholdPercent} fill={COLORS.thresholdFill} fillOpacity={0.5} ifOverflow="hidden" />
          <ReferenceLine y={chart.thresholdPercent} stroke={COLORS.threshold} strokeDasharray="4 3" ifOverflow="extendDomain" />
        </>
      )}
      {chart.kind === "lld" &&
        [chart.tiers.monitorFromMm, chart.tiers.relevantFromMm].map((mm) => (
          <ReferenceLine
            key={mm}
            y={mm}
            stroke={COLORS.threshold}
            strokeDasharray="4 3"
            ifOverflow="extendDomain"
            label={{ value: mm === chart.tiers.relevantFromMm ? `${mm} mm relevant` : `${mm} mm monitor`, position: "insideTopRight", fontSize: 11, fill: COLORS.threshold }}
          />
        ))}
      {lines.map((line, index) => {
        const style = lineStyle(line.key, index);
        return (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            stroke={style.color}
            strokeWidth={2}
            strokeDasharray={style.dash}
            dot={style.dot === "hollow" ? { r: 4, fill: "#ffffff", stroke: style.color, strokeWidth: 2, strokeDasharray: "" } : { r: 4, fill: style.color, strokeDasharray: "" }}
            connectNulls
            isAnimationActive={false}
          />
        );
      })}
      {stars.length > 0 && <Scatter name="Real change (at least the MDC)" data={stars} dataKey="value" fill={COLORS.marker} shape="star" isAnimationActive={false} />}
      <Tooltip cursor={false} labelFormatter={(label) => formatFullDate(Number(label))} formatter={(value) => formatValue(Number(value))} />
    </ComposedChart>
  );
}
