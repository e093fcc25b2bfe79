import { formatDate } from "@/lib/core/dates";
import type { ProgressView } from "@/lib/progress/types";
import { hasWeeklyData } from "@/lib/progress/weekly-summary";
import { ChartCard } from "./chart-card";
import { ADHERENCE_PAIN_DESCRIPTION, CRAMPS_DESCRIPTION, LEFS_DESCRIPTION, TIMELINE_DESCRIPTION, measureDescription } from "./chart-descriptions";
import { ADHERENCE_PAIN_LEGEND, LEFS_LEGEND, TIMELINE_LEGEND, crampLegend, measureLegend } from "./chart-legends";
import { EpisodePicker } from "./episode-picker";
import { AdherencePainChart, CrampsChart, LefsChart, MeasureChart, TimelineChart } from "./lazy-charts";
import { MeasurePicker } from "./measure-picker";
import { RangePicker } from "./range-picker";
import { VisitNoteLinks } from "./visit-note-links";

/**
 * The progress tab: range and episode pickers, then the charts on one shared time axis — timeline,
 * adherence and pain, LEFS, a measure of the clinician's choice, and cramps. The server has
 * aggregated everything; the chart components only draw.
 */
export function ProgressOverview({ view, basePath }: { view: ProgressView; basePath: string }) {
  const { params, episode, measure, tables } = view;
  const measureEmpty = measure.kind === "measure" ? measure.series.length === 0 : measure.points.length === 0;
  const timelineEmpty = view.timeline.bands.length + view.timeline.assessments.length + view.timeline.programVersions.length + view.timeline.visitNotes.length === 0;
  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <RangePicker basePath={basePath} params={params} />
        <EpisodePicker basePath={basePath} params={params} episodes={view.episodes} />
        <p className="text-sm text-slate-700">
          Showing {formatDate(view.window.from)} to {formatDate(view.window.to)}.{" "}
          {episode
            ? `Phases, programs, adherence and pain are for the episode “${episode.diagnosis}”; measures, LEFS and cramps include all of the patient's records.`
            : "The patient has no episode of care, so there are no phases, programs or adherence to show."}
        </p>
      </div>

      <ChartCard
        id="timeline"
        title="Episode timeline"
        description={TIMELINE_DESCRIPTION}
        legend={TIMELINE_LEGEND}
        empty={!episode ? "No episode of care yet" : timelineEmpty ? "Nothing on the timeline in this period" : null}
        table={tables.timeline}
      >
        <TimelineChart axis={view.axis} {...view.timeline} />
      </ChartCard>
      <VisitNoteLinks notes={view.timeline.visitNotes} />

      <ChartCard
        id="adherence"
        title="Adherence and pain"
        description={ADHERENCE_PAIN_DESCRIPTION}
        legend={ADHERENCE_PAIN_LEGEND}
        empty={!episode ? "No episode of care yet" : hasWeeklyData(view.weeks) ? null : "No exercise program or logs in this period"}
        table={tables.weeks}
      >
        <AdherencePainChart axis={view.axis} weeks={view.weeks} />
      </ChartCard>

      <ChartCard
        id="lefs"
        title="Function (LEFS)"
        description={LEFS_DESCRIPTION}
        legend={LEFS_LEGEND}
        empty={view.lefs.points.length ? null : "No completed LEFS questionnaires in this period"}
        table={tables.lefs}
      >
        <LefsChart axis={view.axis} lefs={view.lefs} />
      </ChartCard>

      <ChartCard
        id="measures"
        title="Measures over time"
        description={measureDescription(measure)}
        legend={measureLegend(measure)}
        empty={view.measuresWithData.length === 0 ? "No assessments yet" : measureEmpty ? `No values for ${measure.label.toLowerCase()} in this period` : null}
        table={tables.measure}
        controls={<MeasurePicker basePath={basePath} params={params} groups={view.measureGroups} withData={view.measuresWithData} />}
      >
        <MeasureChart axis={view.axis} chart={measure} />
      </ChartCard>

      <ChartCard
        id="cramps"
        title="Cramps"
        description={CRAMPS_DESCRIPTION}
        legend={crampLegend(view.cramps.contexts)}
        empty={view.cramps.weeks.length ? null : "No cramps logged in this period"}
        table={tables.cramps}
      >
        <CrampsChart axis={view.axis} weeks={view.cramps.weeks} contexts={view.cramps.contexts} />
      </ChartCard>
    </div>
  );
}
