import { measureByCode } from "@/lib/assessments/catalogue";
import { mdcFor } from "@/lib/assessments/changes";
import { addDays, weekStart } from "@/lib/core/calendar";
import { formatDate } from "@/lib/core/dates";
import { weeklyAdherence, type LoggedSession, type VersionInForce, type WeekAdherence } from "./adherence";
import { pausesFrom, type StatusChangeOnDay } from "./episode-pauses";
import { measureProgress, type AssessmentValues, type MeasureProgress } from "./portal-measures";

/**
 * The patient's own Progress page in plain words: sessions this week and over the last
 * weeks, pain during exercise and the next morning, and the measures the program works on. Pure: the
 * data layer loads the episode, its program versions, status history, assessments, logs and morning
 * pain; adherence is counted by weeklyAdherence, the one rule the clinician's charts use too.
 */

/** Weeks in the trends: the adherence bars are the 4 full weeks before this one; pain includes this week. */
export const TREND_WEEKS = 4;

/**
 * Week-to-week adherence differences under 10 percentage points read as "steady". A product choice
 * for wording [design]: domain.md gives no threshold for adherence change.
 */
const ADHERENCE_STEADY_POINTS = 10;

/** A change in weekly mean pain of at least the NPRS MDC (2 points, domain.md §6 R-MDC, [S36]) is real. */
const PAIN_CHANGE = mdcFor(measureByCode("nprs"), false)!.value;

/** First day of data the page needs: the Monday TREND_WEEKS weeks before this week's. */
export function progressWindowStart(today: string): string {
  return addDays(weekStart(today), -7 * TREND_WEEKS);
}

// ---------- Adherence ----------

export type WeekBar = { weekStart: string; label: string; done: number; planned: number; percent: number | null };

export type AdherenceSummary = {
  /** null when nothing is due this week so far (no program yet, or on hold). */
  thisWeek: { done: number; dueByToday: number; text: string } | null;
  /** The full weeks before this one, oldest first; a week with nothing planned has percent null. */
  weeks: WeekBar[];
  trend: "up" | "down" | "steady" | null;
  trendText: string;
};

export type AdherenceInput = {
  versions: readonly VersionInForce[];
  statusChanges: readonly StatusChangeOnDay[];
  logs: readonly LoggedSession[];
};

const sessions = (count: number) => `${count} ${count === 1 ? "session" : "sessions"}`;

export function summarizeAdherence({ versions, statusChanges, logs }: AdherenceInput, today: string): AdherenceSummary {
  const pauses = pausesFrom(statusChanges);
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

// ---------- Pain ----------

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

// ---------- The whole page ----------

/** A program version as weeklyAdherence reads it, with each item's exercise for the targeted measures. */
export type ProgramVersionDays = VersionInForce;

/** What the data layer loads for the signed-in patient (portal-data.ts), dates as YYYY-MM-DD. */
export type PortalProgressData = {
  episode: {
    side: "LEFT" | "RIGHT" | "BOTH";
    phase: "ACUTE" | "SUBACUTE" | "PREVENTION";
    /** The current episode is the newest one not finished. */
    status: "ACTIVE" | "ON_HOLD";
    /** Program versions, oldest first, each in force from the day it was saved. */
    versions: readonly ProgramVersionDays[];
    statusChanges: readonly StatusChangeOnDay[];
    /** Oldest first. */
    assessments: readonly AssessmentValues[];
  } | null;
  /** This episode's logs from progressWindowStart(today) on. */
  logs: ReadonlyArray<LoggedSession & { painDuring: number | null }>;
  morningPain: readonly PainRating[];
  /** Whether the patient ever logged a session in this episode. */
  hasLogged: boolean;
};

export type PortalProgress =
  | { state: "no-episode" }
  | {
      state: "ready";
      onHold: boolean;
      hasLogged: boolean;
      adherence: AdherenceSummary;
      painDuring: PainTrend;
      painMorning: PainTrend;
      /** Empty when fewer than two assessments, or none re-tested what the program targets. */
      measures: MeasureProgress[];
    };

export function buildPortalProgress({ episode, logs, morningPain, hasLogged }: PortalProgressData, today: string): PortalProgress {
  if (!episode) return { state: "no-episode" };
  const current = episode.versions.at(-1);
  return {
    state: "ready",
    onHold: episode.status === "ON_HOLD",
    hasLogged,
    adherence: summarizeAdherence({ versions: episode.versions, statusChanges: episode.statusChanges, logs }, today),
    painDuring: summarizePain(
      logs.flatMap((log) => (log.painDuring === null ? [] : [{ day: log.performedOn, pain: log.painDuring }])),
      today,
    ),
    painMorning: summarizePain(morningPain, today),
    measures: measureProgress({
      exerciseCodes: current?.items.map((item) => item.exerciseCode) ?? [],
      assessments: episode.assessments,
      side: episode.side,
    }),
  };
}
