import { LEFS_MCID } from "@/lib/progress/lefs-points";
import type { MeasureChartDTO } from "@/lib/progress/types";

/** What each chart draws and in which units, in words, with the sources of its clinical numbers. */
export const TIMELINE_DESCRIPTION =
  "Phases of care from the phase history, with the days of visit notes, of assessments and of new program versions. Weeks start on Monday.";

export const ADHERENCE_PAIN_DESCRIPTION =
  "Bars: sessions done ÷ sessions prescribed each week (%, left axis); days on hold prescribe nothing. " +
  "Lines: weekly mean pain during exercise and next-morning pain (0–10, right axis).";

export const LEFS_DESCRIPTION =
  `Lower Extremity Functional Scale totals (0–80, higher is better). The band marks changes of less than ${LEFS_MCID.points} points ` +
  `from the first total shown: ${LEFS_MCID.points} points is both the MDC and the MCID [${LEFS_MCID.source}].`;

export const CRAMPS_DESCRIPTION = "Cramps logged in the diary each week (count), stacked by when they happened.";

const mdcText = (mdc: NonNullable<Extract<MeasureChartDTO, { kind: "measure" }>["mdc"]>, unit: string) =>
  `A star marks a change since the previous value of at least the MDC (${mdc.value}${unit}, ${mdc.population}) [${mdc.source}].`;

export function measureDescription(chart: MeasureChartDTO): string {
  switch (chart.kind) {
    case "lld":
      return (
        `Difference between the left and right limb lengths in millimetres, derived at each assessment. ` +
        `Under ${chart.tiers.monitorFromMm} mm is normal variation, ${chart.tiers.monitorFromMm}–${chart.tiers.relevantFromMm - 1} mm monitor, ` +
        `${chart.tiers.relevantFromMm} mm or more clinically relevant [S30].`
      );
    case "lsi":
      return `Injured (or weaker) limb ÷ other limb × 100, from dynamometry at each assessment (%). Below ${chart.thresholdPercent} % is impaired [S17].`;
    case "measure": {
      const unit = chart.scale === "grade" ? "Oxford grade (0–5 with + and −)" : chart.unit.name;
      const parts = [`Left and right (or each context) in ${unit}.`];
      if (chart.threshold) parts.push(`Shaded: ${chart.threshold.text.replace(/^Impaired: /, "impaired, ")}.`);
      parts.push(chart.mdc ? mdcText(chart.mdc, chart.unit.symbol === "°" ? "°" : ` ${chart.unit.symbol}`) : "No published MDC: changes are not judged.");
      return parts.join(" ");
    }
  }
}
