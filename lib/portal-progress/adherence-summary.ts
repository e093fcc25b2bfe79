import { addDays, weekStart } from "@/lib/core/calendar";
import { formatDate } from "@/lib/core/dates";
import { weeklyAdherence, type LoggedSession, type VersionInForce, type WeekAdherence } from "@/lib/programs/adherence";
import { pauseSpans, type StatusChangeOnDay } from "@/lib/programs/adherence-inputs";
import { progressWindowStart, TREND_WEEKS } from "./window";

/**
 * The patient's sessions in plain words: this week so far and the 4 full weeks before it, counted by
 * weeklyAdherence, the one rule the clinician's charts and the phase gate use too.
 */

/**
 * Week-to-week adherence differences under 10 percentage points read as "steady". A product choice
 * for wording [design]: domain.md gives no threshold for adherence change.
 */
const ADHERENCE_STEADY_POINTS = 10;

export type WeekBar = { weekStart: string; label: string; done: number; planned: number; percent: number | null };

export type AdherenceSummary = {
  /** null when nothing is due this week so far (no program yet, or on hold). */
  thisWeek: { done: number; dueByToday: number; text: string } | null;
  /** The full weeks before this one, oldest first; a week with nothing planned has percent null. */
  weeks: WeekBar[];
  trend: "up" | "down" | "steady" | null;
  trendText: string;
};

type SessionHistory = {
  versions: readonly VersionInForce[];
  statusChanges: readonly StatusChangeOnDay[];
  logs: readonly LoggedSession[];
};

const sessions = (count: number) => `${count} ${count === 1 ? "session" : "sessions"}`;

export function summarizeAdherence({ versions, statusChanges, logs }: SessionHistory, today: string): AdherenceSummary {
  const pauses = pauseSpans(statusChanges);
  const monday = weekStart(today);
  const from = progressWindowStart(today);
  const counted = new Map(weeklyAdherence({ versions, pauses, logs, from, to: today }).map((week) => [week.weekStart, week]));
  const current = counted.get(monday);

  // One denominator (issue 11): the sessions due from Monday to today on the days the plan shows
  // them (lib/programs/schedule.ts), each exercise counted up to its own sessions due.
  const thisWeek =
    current && current.prescribed > 0
      ? {
          done: current.done,
          dueByToday: current.prescribed,
          text: `You have done ${current.done} of the ${sessions(current.prescribed)} due by today.`,
        }
      : null;

  const weeks = Array.from({ length: TREND_WEEKS }, (_, index) => toBar(addDays(from, 7 * index), counted));
  return { thisWeek, weeks, ...adherenceTrend(weeks) };
}

function toBar(start: string, counted: ReadonlyMap<string, WeekAdherence>): WeekBar {
  const week = counted.get(start);
  return {
    weekStart: start,
    label: `Week of ${formatDate(start)}`,
    done: week?.done ?? 0,
    planned: week?.prescribed ?? 0,
    percent: week?.percent ?? null,
  };
}

function adherenceTrend(weeks: readonly WeekBar[]): Pick<AdherenceSummary, "trend" | "trendText"> {
  const withPlan = weeks.filter((week) => week.percent !== null);
  const first = withPlan[0];
  const last = withPlan.at(-1);
  if (!first || !last) return { trend: null, trendText: "No sessions were planned in the last 4 weeks." };
  const done = withPlan.reduce((sum, week) => sum + week.done, 0);
  const planned = withPlan.reduce((sum, week) => sum + week.planned, 0);
  const total = `Over the last 4 weeks you did ${done} of the ${sessions(planned)} planned.`;
  if (first === last) return { trend: null, trendText: `${total} ${last.label}: ${last.percent} %.` };
  const change = last.percent! - first.percent!;
  if (change >= ADHERENCE_STEADY_POINTS) return { trend: "up", trendText: `${total} Going up: from ${first.percent} % to ${last.percent} % a week.` };
  if (change <= -ADHERENCE_STEADY_POINTS)
    return { trend: "down", trendText: `${total} Going down: from ${first.percent} % to ${last.percent} % a week.` };
  return { trend: "steady", trendText: `${total} Steady at about ${last.percent} % a week.` };
}
