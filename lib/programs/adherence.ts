import { eachDay, weekStart } from "@/lib/core/calendar";
import { isScheduled, sessionsOn, sessionsOneDayCounts, type Frequency } from "./schedule";

/**
 * Adherence = sessions done ÷ sessions due, per Monday–Sunday week. Pure: the caller loads
 * the program versions, the days the episode was on hold and the logs in a constant number of queries;
 * the portal, the progress charts and the phase gate all count the same way. Sessions are due on the
 * days of the item's weekly spread (lib/programs/schedule.ts), the days the portal shows as due.
 *
 * Each exercise is counted on its own (issue 11): its done sessions in a week count up to its own
 * sessions due that week, so extra sessions of one exercise never cover another's skipped ones, and a
 * day counts at most one day's sessions (sessionsOneDayCounts). A log is matched by exercise, not by
 * program item, so a session logged against the previous version's item still counts for the same
 * exercise in the version in force that day (as the portal's plan counts it).
 */

/**
 * A program version as given to the patient: in force from its day until the next version's. An item's
 * `pausedDays` are the days a step back held it back (lib/programs/paused-items.ts): nothing is due then.
 */
export type VersionInForce = {
  from: string;
  items: ReadonlyArray<{ id: string; exerciseCode: string; pausedDays?: readonly PauseSpan[] } & Frequency>;
};

/** Days the episode was on hold (or finished): nothing is prescribed then. `to` is exclusive; null = still. */
export type PauseSpan = { from: string; to: string | null };

export type LoggedSession = { exerciseCode: string; performedOn: string };

export type WeekAdherence = {
  weekStart: string;
  /** Sessions due on the counted days of this week under the versions in force (a whole number). */
  prescribed: number;
  /** Logged sessions, each exercise counted up to its own sessions due (see above). */
  done: number;
  /** done ÷ prescribed as a whole percentage (never above 100); null when nothing was due. */
  percent: number | null;
};

export type AdherenceInput = {
  versions: readonly VersionInForce[];
  pauses: readonly PauseSpan[];
  logs: readonly LoggedSession[];
  /** First and last day counted, both included (e.g. episode start or range start … today). */
  from: string;
  to: string;
};

export function weeklyAdherence({ versions, pauses, logs, from, to }: AdherenceInput): WeekAdherence[] {
  const ordered = [...versions].sort((a, b) => a.from.localeCompare(b.from));
  const logsByDay = groupLogs(logs);
  // Per week, per exercise: sessions due and sessions done (each day already capped).
  const weeks = new Map<string, Map<string, { prescribed: number; done: number }>>();

  for (const day of eachDay(from, to)) {
    const version = versionOn(ordered, day);
    if (!version || isPaused(pauses, day)) continue;
    const week = weeks.get(weekStart(day)) ?? new Map<string, { prescribed: number; done: number }>();
    weeks.set(weekStart(day), week);
    const loggedToday = new Map(logsByDay.get(day));
    for (const item of version.items) {
      if (!isScheduled(item) || isPaused(item.pausedDays ?? [], day)) continue;
      const exercise = week.get(item.exerciseCode) ?? { prescribed: 0, done: 0 };
      week.set(item.exerciseCode, exercise);
      exercise.prescribed += sessionsOn(item, day, version.from);
      const logged = loggedToday.get(item.exerciseCode) ?? 0;
      const counted = Math.min(logged, sessionsOneDayCounts(item, day, version.from));
      exercise.done += counted;
      // The same exercise twice in one version (e.g. two doses) shares the day's logs, never counts them twice.
      loggedToday.set(item.exerciseCode, logged - counted);
    }
  }

  return [...weeks.entries()].map(([start, exercises]) => {
    let prescribed = 0;
    let done = 0;
    for (const exercise of exercises.values()) {
      prescribed += exercise.prescribed;
      done += Math.min(exercise.done, exercise.prescribed);
    }
    return { weekStart: start, prescribed, done, percent: prescribed > 0 ? Math.round((done / prescribed) * 100) : null };
  });
}

/** Adherence over the whole span as one percentage (e.g. the last 7 days for a phase gate). */
export function overallAdherence(input: AdherenceInput): number | null {
  const weeks = weeklyAdherence(input);
  const prescribed = weeks.reduce((sum, week) => sum + week.prescribed, 0);
  const done = weeks.reduce((sum, week) => sum + week.done, 0);
  return prescribed > 0 ? Math.min(100, Math.round((done / prescribed) * 100)) : null;
}

function versionOn(ordered: readonly VersionInForce[], day: string): VersionInForce | undefined {
  let current: VersionInForce | undefined;
  for (const version of ordered) {
    if (version.from > day) break;
    current = version;
  }
  return current;
}

function isPaused(pauses: readonly PauseSpan[], day: string): boolean {
  return pauses.some((pause) => pause.from <= day && (pause.to === null || day < pause.to));
}

function groupLogs(logs: readonly LoggedSession[]): Map<string, Map<string, number>> {
  const byDay = new Map<string, Map<string, number>>();
  for (const log of logs) {
    const exercises = byDay.get(log.performedOn) ?? new Map<string, number>();
    exercises.set(log.exerciseCode, (exercises.get(log.exerciseCode) ?? 0) + 1);
    byDay.set(log.performedOn, exercises);
  }
  return byDay;
}
