import { eachDay, weekStart } from "@/lib/core/calendar";
import { sessionsPerWeek, type Frequency } from "@/lib/programs/schedule";

/**
 * Adherence = sessions done ÷ sessions prescribed (issue #6), per Monday–Sunday week. Pure: the caller
 * loads the program versions, the days the episode was on hold and the logs in a constant number of
 * queries; the portal, the progress charts and the phase gate all count the same way.
 */

/** A program version as given to the patient: in force from its day until the next version's. */
export type VersionInForce = { from: string; items: ReadonlyArray<{ id: string } & Frequency> };

/** Days the episode was on hold (or finished): nothing is prescribed then. `to` is exclusive; null = still. */
export type PauseSpan = { from: string; to: string | null };

export type LoggedSession = { programItemId: string; performedOn: string };

export type WeekAdherence = {
  weekStart: string;
  /** Sessions the versions in force prescribed on the counted days of this week (a partial week pro rata). */
  prescribed: number;
  /** Logged sessions, at most the prescribed number per item per day. */
  done: number;
  /** done ÷ prescribed as a whole percentage, at most 100; null when nothing was prescribed. */
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
  const weeks = new Map<string, { prescribed: number; done: number }>();

  for (const day of eachDay(from, to)) {
    const version = versionOn(ordered, day);
    if (!version || isPaused(pauses, day)) continue;
    const week = weeks.get(weekStart(day)) ?? { prescribed: 0, done: 0 };
    const loggedToday = logsByDay.get(day);
    for (const item of version.items) {
      const perWeek = sessionsPerWeek(item);
      if (perWeek === null) continue;
      week.prescribed += perWeek / 7;
      // A day can count at most the sessions the item asks for that day (perDay, else one).
      week.done += Math.min(loggedToday?.get(item.id) ?? 0, item.perDay ?? 1);
    }
    weeks.set(weekStart(day), week);
  }

  return [...weeks.entries()].map(([start, { prescribed, done }]) => ({
    weekStart: start,
    prescribed: Math.round(prescribed * 10) / 10,
    done,
    percent: prescribed > 0 ? Math.min(100, Math.round((done / prescribed) * 100)) : null,
  }));
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
    const items = byDay.get(log.performedOn) ?? new Map<string, number>();
    items.set(log.programItemId, (items.get(log.programItemId) ?? 0) + 1);
    byDay.set(log.performedOn, items);
  }
  return byDay;
}
