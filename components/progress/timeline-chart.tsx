"use client";

import { ComposedChart, ReferenceArea, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import type { ChartAxis } from "@/lib/progress/range";
import type { ProgramVersionEntry, PhaseBand } from "@/lib/progress/timeline";
import { AXIS_WIDTH, CHART_MARGIN, TIMELINE_CHART_HEIGHT, COLORS, PHASE_FILLS, dayMs, formatFullDate, xAxisProps } from "./chart-frame";

const ASSESSMENT_ROW = 2;
const PROGRAM_ROW = 1;

type Marker = { x: number; y: number; name: string };

/**
 * Phase bands across the episode, with a row of assessment days (diamonds, upper) and a row of program
 * versions (triangles, lower). The empty left axis keeps the plot aligned with the charts below.
 */
export function TimelineChart({
  axis,
  bands,
  assessments,
  programVersions,
}: {
  axis: ChartAxis;
  bands: PhaseBand[];
  assessments: string[];
  programVersions: ProgramVersionEntry[];
}) {
  const assessmentMarks: Marker[] = assessments.map((day) => ({ x: dayMs(day), y: ASSESSMENT_ROW, name: "Assessment" }));
  const programMarks: Marker[] = programVersions.map((program) => ({
    x: dayMs(program.createdOn),
    y: PROGRAM_ROW,
    name: `Program version ${program.version} (${PHASE_LABELS[program.phase].toLowerCase()})`,
  }));
  return (
    <ComposedChart
      responsive
      style={{ width: "100%", height: TIMELINE_CHART_HEIGHT }}
      margin={{ ...CHART_MARGIN, right: CHART_MARGIN.right + AXIS_WIDTH }}
      title="Episode timeline"
      desc="Phase bands with assessment days and program versions; the same data is in the table."
    >
      <XAxis {...xAxisProps(axis)} />
      <YAxis
        type="number"
        domain={[0, 3]}
        width={AXIS_WIDTH}
        tick={false}
        axisLine={false}
        tickLine={false}
      />
      {bands.map((band) => (
        <ReferenceArea
          key={`${band.phase}-${band.from}`}
          x1={dayMs(band.from)}
          x2={dayMs(band.to)}
          y1={0}
          y2={3}
          fill={PHASE_FILLS[band.phase]}
          fillOpacity={1}
          stroke="#ffffff"
          ifOverflow="hidden"
          label={{ value: PHASE_LABELS[band.phase].split(" / ")[0], position: "insideTopLeft", fontSize: 12, fill: "#0f172a" }}
        />
      ))}
      <Scatter name="Assessment" data={assessmentMarks} dataKey="y" fill={COLORS.left} shape="diamond" isAnimationActive={false} />
      <Scatter name="Program version" data={programMarks} dataKey="y" fill={COLORS.right} shape="triangle" isAnimationActive={false} />
      <Tooltip
        cursor={false}
        content={({ active, payload }) => {
          const marker = payload?.[0]?.payload as Marker | undefined;
          if (!active || !marker) return null;
          return (
            <div className="rounded border border-slate-300 bg-white px-2 py-1 text-sm shadow">
              <p className="font-medium">{formatFullDate(marker.x)}</p>
              <p>{marker.name}</p>
            </div>
          );
        }}
      />
    </ComposedChart>
  );
}
