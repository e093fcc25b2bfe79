import type { TextTableDTO } from "@/lib/core/text-table";
import type { Mdc } from "@/lib/assessments/catalogue-types";
import type { EpisodeStatus } from "@/lib/episodes/types";
import type { Phase } from "@/lib/episodes/phases";
import type { ChartMeasureCode, ChartMeasureGroup } from "./chart-measures";
import type { CrampContext, CrampWeek } from "./cramps";
import type { LldPoint, LsiPoint } from "./derived-series";
import type { LefsSeries } from "./lefs-points";
import type { Series } from "./measure-series";
import type { ChartAxis, DayWindow } from "./range";
import type { ProgressParams } from "./schema";
import type { PhaseBand, TimelineMarkers } from "./timeline";
import type { WeekSummary } from "./weekly-summary";

/** What the progress page receives: aggregated series and their tables, never database rows. */
export type ProgressEpisodeOption = { id: string; label: string };

export type MeasureThresholdDTO = { value: number; comparison: "above" | "below" | "atOrAbove" | "atOrBelow"; text: string };

export type MeasureChartDTO =
  | {
      kind: "measure";
      code: ChartMeasureCode;
      label: string;
      unit: { symbol: string; name: string };
      /** grade: the y values are MMT ordinal indices (0–12), labelled with their grades. */
      scale: "quantity" | "grade";
      series: Series[];
      threshold: MeasureThresholdDTO | null;
      mdc: Mdc | null;
    }
  | { kind: "lld"; code: ChartMeasureCode; label: string; points: LldPoint[]; tiers: { monitorFromMm: number; relevantFromMm: number } }
  | { kind: "lsi"; code: ChartMeasureCode; label: string; points: LsiPoint[]; thresholdPercent: number };

/** A chart's numbers as a table, its accessible alternative. */
export type ChartTableDTO = TextTableDTO;

export type ProgressView = {
  params: ProgressParams;
  episodes: ProgressEpisodeOption[];
  episode: { id: string; diagnosis: string; status: EpisodeStatus; phase: Phase } | null;
  window: DayWindow;
  axis: ChartAxis;
  timeline: { bands: PhaseBand[] } & TimelineMarkers;
  weeks: WeekSummary[];
  lefs: LefsSeries;
  cramps: { weeks: CrampWeek[]; contexts: CrampContext[] };
  measure: MeasureChartDTO;
  measureGroups: readonly ChartMeasureGroup[];
  /** Measures with at least one value for this patient, so the picker can say which are empty. */
  measuresWithData: ChartMeasureCode[];
  tables: { timeline: ChartTableDTO; weeks: ChartTableDTO; lefs: ChartTableDTO; cramps: ChartTableDTO; measure: ChartTableDTO };
};
