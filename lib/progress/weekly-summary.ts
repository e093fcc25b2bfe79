import type { WeekAdherence } from "@/lib/programs/adherence";
import type { WeekPain } from "./pain";

/**
 * One row per week for the adherence-and-pain chart: adherence from weeklyAdherence and the pain
 * means from weeklyPain, joined on the week's Monday. A week with only one of them still shows.
 */
export type WeekSummary = {
  weekStart: string;
  done: number | null;
  prescribed: number | null;
  /** Sessions done ÷ prescribed, whole %, null when nothing was prescribed. */
  adherence: number | null;
  painDuring: number | null;
  painDuringCount: number;
  morningPain: number | null;
  morningPainCount: number;
};

export function weeklySummary(adherence: readonly WeekAdherence[], pain: readonly WeekPain[]): WeekSummary[] {
  const weeks = new Map<string, WeekSummary>();
  const row = (weekStart: string) =>
    weeks.get(weekStart) ??
    weeks
      .set(weekStart, { weekStart, done: null, prescribed: null, adherence: null, painDuring: null, painDuringCount: 0, morningPain: null, morningPainCount: 0 })
      .get(weekStart)!;
  for (const week of adherence) {
    Object.assign(row(week.weekStart), { done: week.done, prescribed: week.prescribed, adherence: week.percent });
  }
  for (const week of pain) {
    Object.assign(row(week.weekStart), {
      painDuring: week.duringMean,
      painDuringCount: week.duringCount,
      morningPain: week.morningMean,
      morningPainCount: week.morningCount,
    });
  }
  return [...weeks.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}

/** True when the weeks hold anything to draw: a prescription or a pain rating. */
export function hasWeeklyData(weeks: readonly WeekSummary[]): boolean {
  return weeks.some((week) => week.adherence !== null || week.painDuring !== null || week.morningPain !== null);
}
