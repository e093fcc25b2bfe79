import { addDays, daysBetween, weekStart } from "@/lib/core/calendar";

/**
 * The progress tab's time window. Weeks run Monday to Sunday (lib/core/calendar.ts), so "last 4 weeks"
 * is this week and the three before it: the weekly bars always cover whole weeks except the current one.
 */
export const PROGRESS_RANGES = ["episode", "4w", "12w", "all"] as const;
export type ProgressRange = (typeof PROGRESS_RANGES)[number];

export const RANGE_LABELS: Record<ProgressRange, string> = {
  episode: "This episode",
  "4w": "Last 4 weeks",
  "12w": "Last 12 weeks",
  all: "All",
};

/** First and last day shown, both included ("YYYY-MM-DD"). */
export type DayWindow = { from: string; to: string };

export type RangeContext = {
  today: string;
  /** The selected episode's days, or null when the patient has no episode. */
  episode: DayWindow | null;
  /** The earliest day anything was recorded for the patient, or null when nothing was. */
  earliest: string | null;
};

const lastWeeks = (today: string, weeks: number): DayWindow => ({ from: addDays(weekStart(today), -7 * (weeks - 1)), to: today });

export function rangeWindow(range: ProgressRange, { today, episode, earliest }: RangeContext): DayWindow {
  switch (range) {
    case "4w":
      return lastWeeks(today, 4);
    case "12w":
      return lastWeeks(today, 12);
    case "episode":
      // Without an episode there is nothing narrower to show than everything.
      return episode ?? { from: earliest !== null && earliest < today ? earliest : today, to: today };
    case "all":
      return { from: earliest !== null && earliest < today ? earliest : today, to: today };
  }
}

/**
 * An episode's days: from the earlier of onset and its first phase entry, to the day it finished
 * (or today while it is open).
 */
export function episodeWindow(
  episode: { onsetDate: string; firstPhaseDay: string | null; finishedOn: string | null },
  today: string,
): DayWindow {
  const from = episode.firstPhaseDay !== null && episode.firstPhaseDay < episode.onsetDate ? episode.firstPhaseDay : episode.onsetDate;
  const to = episode.finishedOn ?? today;
  return { from, to: to < from ? from : to };
}

/**
 * The shared x axis of every chart: whole Monday weeks covering the window (end exclusive), with a
 * tick on Mondays, thinned so that no more than about eight labels compete for a phone's width.
 */
export type ChartAxis = { start: string; end: string; ticks: string[] };

export const MAX_TICKS = 8;

export function chartAxis(window: DayWindow): ChartAxis {
  const start = weekStart(window.from);
  const end = addDays(weekStart(window.to), 7);
  const weeks = daysBetween(start, end) / 7;
  const every = Math.ceil(weeks / MAX_TICKS);
  const ticks: string[] = [];
  for (let week = 0; week < weeks; week += every) ticks.push(addDays(start, week * 7));
  return { start, end, ticks };
}

/** True when the day lies in the window. */
export function inWindow(day: string, window: DayWindow): boolean {
  return day >= window.from && day <= window.to;
}
