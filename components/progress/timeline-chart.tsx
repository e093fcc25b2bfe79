"use client";

import { ComposedChart, ReferenceArea, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import type { ChartAxis } from "@/lib/progress/range";
import type { ProgramVersionEntry, PhaseBand, VisitNoteEntry } from "@/lib/progress/timeline";
import { AXIS_WIDTH, CHART_MARGIN, TIMELINE_CHART_HEIGHT, COLORS, PHASE_FILLS, dayMs, formatFullDate, xAxisProps } from "./chart-frame";

const NOTE_ROW = 3;
const ASSESSMENT_ROW = 2;
const PROGRAM_ROW = 1;
const ROWS_TOP = 4;

type Marker = { x: number; y: number; name: string };

/**
 * Phase bands across the episode, with a row of visit notes (circles, top), of assessment days
 * (diamonds) and of program versions (triangles, bottom). The empty left axis keeps the plot aligned with the charts below.
 */
export function TimelineChart({
  axis,
  bands,
  assessments,
  programVersions,
  visitNotes,
}: {
  axis: ChartAxis;
  bands: PhaseBand[];
  assessments: string[];
  programVersions: ProgramVersionEntry[];
  visitNotes: VisitNoteEntry[];
}) {
  const noteMarks: Marker[] = visitNotes.map((note) => ({ x: dayMs(note.visitDay), y: NOTE_ROW, name: note.status === "SIGNED" ? "Visit note (signed)" : "Visit note (draft, unsigned)" }));
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
      desc="Phase bands with visit notes, assessment days and program versions; the same data is in the table."
    >
      <XAxis {...xAxisProps(axis)} />
      <YAxis
        type="number"
        domain={[0, ROWS_TOP]}
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
          y2={ROWS_TOP}
          fill={PHASE_FILLS[band.phase]}
          fillOpacity={1}
          stroke="#ffffff"
          ifOverflow="hidden"
          label={{ value: PHASE_LABELS[band.phase].split(" / ")[0], position: "insideTopLeft", fontSize: 12, fill: "#0f172a" }}
        />
      ))}
      <Scatter name="Visit note" data={noteMarks} dataKey="y" fill={COLORS.marker} shape="circle" isAnimationActive={false} />
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
