import { PHASE_LABELS, PHASES } from "@/lib/episodes/phases";
import { CRAMP_CONTEXT_LABELS, type CrampContext } from "@/lib/progress/cramps";
import { LEFS_MCID } from "@/lib/progress/lefs-points";
import type { MeasureChartDTO } from "@/lib/progress/types";
import { COLORS, CRAMP_FILLS, PHASE_FILLS, lineStyle } from "./chart-frame";
import type { LegendItem } from "./chart-legend";

/** Each chart's legend entries, drawn to match its marks (chart-frame.ts holds the shared styles). */
export const TIMELINE_LEGEND: LegendItem[] = [
  { label: "Visit note", mark: "circle", color: COLORS.marker },
  { label: "Assessment", mark: "diamond", color: COLORS.left },
  { label: "New program version", mark: "triangle", color: COLORS.right },
  ...PHASES.map((phase): LegendItem => ({ label: `${PHASE_LABELS[phase]} phase`, mark: "band", color: PHASE_FILLS[phase] })),
];

export const ADHERENCE_PAIN_LEGEND: LegendItem[] = [
  { label: "Adherence (% of prescribed sessions)", mark: "bar", color: COLORS.bars },
  { label: "Pain during exercise (weekly mean)", mark: "line", color: COLORS.right },
  { label: "Next-morning pain (weekly mean)", mark: "dashed-line", color: COLORS.lines[2] },
];

export const LEFS_LEGEND: LegendItem[] = [
  { label: "LEFS total", mark: "circle", color: COLORS.left },
  { label: `Meaningful change (${LEFS_MCID.points} points or more)`, mark: "star", color: COLORS.marker },
  { label: `Within ${LEFS_MCID.points} points of the first total`, mark: "band", color: COLORS.mcidFill },
];

export const crampLegend = (contexts: readonly CrampContext[]): LegendItem[] =>
  contexts.map((context) => ({ label: CRAMP_CONTEXT_LABELS[context], mark: "bar", color: CRAMP_FILLS[context] }));

export function measureLegend(chart: MeasureChartDTO): LegendItem[] {
  switch (chart.kind) {
    case "measure":
      return [
        ...chart.series.map((line, index): LegendItem => {
          const style = lineStyle(line.key, index);
          return { label: line.label, mark: "line", color: style.color, dash: style.dash || undefined };
        }),
        ...(chart.mdc ? [{ label: "Real change (at least the MDC)", mark: "star" as const, color: COLORS.marker }] : []),
        ...(chart.threshold ? [{ label: "Impaired range", mark: "band" as const, color: COLORS.thresholdFill }] : []),
      ];
    case "lld":
      return [
        { label: "Leg-length discrepancy", mark: "line", color: COLORS.left },
        { label: "Tier limits (monitor, clinically relevant)", mark: "dashed-line", color: COLORS.threshold },
      ];
    case "lsi":
      return [
        { label: "Limb symmetry index", mark: "line", color: COLORS.left },
        { label: `Below ${chart.thresholdPercent} %`, mark: "band", color: COLORS.thresholdFill },
      ];
  }
}
