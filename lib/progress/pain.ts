import { weekStart } from "@/lib/core/calendar";
import { inWindow, type DayWindow } from "./range";

/**
 * Weekly pain means for the chart (domain.md §1.5, §3.2 pain monitoring): NPRS during exercise from the
 * exercise logs, and next-morning NPRS from the morning answers, each averaged over the Monday–Sunday
 * week of the exercise day. A log without a pain rating (done as prescribed in one tap) adds nothing.
 */
export type PainLog = { performedOn: string; painDuring: number | null };
export type MorningPainEntry = { sessionDate: string; pain: number };

export type WeekPain = {
  weekStart: string;
  /** Mean of the week's ratings to one decimal, null when none. */
  duringMean: number | null;
  duringCount: number;
  morningMean: number | null;
  morningCount: number;
};

const mean = (sum: number, count: number) => (count === 0 ? null : Math.round((sum / count) * 10) / 10);

export function weeklyPain(logs: readonly PainLog[], mornings: readonly MorningPainEntry[], window: DayWindow): WeekPain[] {
  const weeks = new Map<string, { during: number; duringCount: number; morning: number; morningCount: number }>();
  const week = (day: string) => {
    const key = weekStart(day);
    const entry = weeks.get(key) ?? { during: 0, duringCount: 0, morning: 0, morningCount: 0 };
    weeks.set(key, entry);
    return entry;
  };
  for (const log of logs) {
    if (log.painDuring === null || !inWindow(log.performedOn, window)) continue;
    const entry = week(log.performedOn);
    entry.during += log.painDuring;
    entry.duringCount += 1;
  }
  for (const answer of mornings) {
    if (!inWindow(answer.sessionDate, window)) continue;
    const entry = week(answer.sessionDate);
    entry.morning += answer.pain;
    entry.morningCount += 1;
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, entry]) => ({
      weekStart: start,
      duringMean: mean(entry.during, entry.duringCount),
      duringCount: entry.duringCount,
      morningMean: mean(entry.morning, entry.morningCount),
      morningCount: entry.morningCount,
    }));
}
