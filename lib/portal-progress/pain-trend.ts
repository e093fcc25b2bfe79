import { measureByCode } from "@/lib/assessments/catalogue";
import { mdcFor } from "@/lib/assessments/changes";
import { addDays, weekStart } from "@/lib/core/calendar";
import { formatDate } from "@/lib/core/dates";
import { TREND_WEEKS } from "./window";

/** A change in weekly mean pain of at least the NPRS MDC (2 points, domain.md §6 R-MDC, [S36]) is real. */
const PAIN_CHANGE = mdcFor(measureByCode("nprs"), false)!.value;

export type PainRating = { day: string; pain: number };

export type PainWeek = { weekStart: string; label: string; mean: number | null; ratings: number };

export type PainTrend = {
  /** This week and the 3 before it, oldest first. */
  weeks: PainWeek[];
  direction: "down" | "same" | "up" | null;
  text: string;
};

/**
 * Weekly mean pain (NPRS 0–10) over the last 4 weeks, this week included. The first and last weeks
 * with ratings are compared, rounded to one decimal as shown, so the words always match the numbers.
 */
export function summarizePain(ratings: readonly PainRating[], today: string): PainTrend {
  const first = addDays(weekStart(today), -7 * (TREND_WEEKS - 1));
  const weeks = Array.from({ length: TREND_WEEKS }, (_, index): PainWeek => {
    const start = addDays(first, 7 * index);
    const inWeek = ratings.filter((rating) => weekStart(rating.day) === start && rating.day <= today);
    const mean = inWeek.length ? Math.round((inWeek.reduce((sum, rating) => sum + rating.pain, 0) / inWeek.length) * 10) / 10 : null;
    return { weekStart: start, label: index === TREND_WEEKS - 1 ? "This week" : `Week of ${formatDate(start)}`, mean, ratings: inWeek.length };
  });
  const rated = weeks.filter((week) => week.mean !== null);
  const earliest = rated[0];
  const latest = rated.at(-1);
  if (!earliest || !latest) return { weeks, direction: null, text: "No ratings in the last 4 weeks." };
  const now = `${latest.mean} out of 10`;
  if (earliest === latest) return { weeks, direction: null, text: `On average ${now}. A trend shows once two weeks have ratings.` };
  const change = Math.round((latest.mean! - earliest.mean!) * 10) / 10;
  const span = `from ${earliest.mean} to ${now} on average`;
  if (change <= -PAIN_CHANGE) return { weeks, direction: "down", text: `Going down: ${span}.` };
  if (change >= PAIN_CHANGE) return { weeks, direction: "up", text: `Going up: ${span}. Let your clinician know.` };
  return { weeks, direction: "same", text: `About the same: ${span}.` };
}
