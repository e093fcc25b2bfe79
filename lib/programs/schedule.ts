import { addDays, daysBetween, weekdayIndex, weekStart } from "@/lib/core/calendar";

/**
 * How often a program item is meant to be done — the one rule behind the program editor's load guard,
 * the portal (what is due today), adherence (sessions done ÷ sessions due), the caseload and the demo
 * seed. Weeks run Monday to Sunday.
 *
 * - perWeek N: N days a week on fixed weekdays spread evenly (day floor(i·7/N), so 3 a week is Monday,
 *   Wednesday, Friday); more than 7 puts a second session on some days.
 * - everyDays N: every Nth day counted from the day the prescription was given ("every other day" = 2,
 *   "every 3rd day" = 3, as domain.md §2.2 doses the Askling Diver and Glider [S10]).
 * - perDay: sessions on each of those days (1 when unset); perDay alone means every day.
 * - none of them (education, "as advised"): no schedule, shown but never counted for or against adherence.
 */
export type Frequency = { perWeek: number | null; perDay: number | null; everyDays?: number | null };

/**
 * Sessions per week the item prescribes: perWeek days × perDay sessions; perDay alone is every day;
 * every N days is 7/N days a week on average. Null when there is no schedule.
 */
export function sessionsPerWeek({ perWeek, perDay, everyDays }: Frequency): number | null {
  if (perWeek !== null) return perWeek * (perDay ?? 1);
  if (everyDays) return (7 / everyDays) * (perDay ?? 1);
  if (perDay !== null) return 7 * perDay;
  return null;
}

/** Whether the item has a schedule at all (an item without one is never due and never missed). */
export function isScheduled(frequency: Frequency): boolean {
  return sessionsPerWeek(frequency) !== null;
}

/**
 * Sessions the item asks for on one calendar day. `givenOn` is the day the prescription was given: an
 * every-N-days item counts its days from it (and has nothing due before it).
 */
export function sessionsOn(frequency: Frequency, day: string, givenOn: string): number {
  const { perWeek, perDay, everyDays } = frequency;
  if (!isScheduled(frequency)) return 0;
  if (perWeek === null && everyDays) {
    const since = daysBetween(givenOn, day);
    return since >= 0 && since % everyDays === 0 ? (perDay ?? 1) : 0;
  }
  const days = perWeek ?? 7;
  const weekday = weekdayIndex(day);
  let sessions = 0;
  for (let i = 0; i < days; i++) if (Math.floor((i * 7) / days) === weekday) sessions += perDay ?? 1;
  return sessions;
}

/**
 * Sessions on each day of the week holding `day`, Monday first, or null for an item with no schedule.
 * A weekday-based item has the same spread every week; an every-N-days item depends on `givenOn`.
 */
export function weeklySchedule(frequency: Frequency, day: string, givenOn: string): number[] | null {
  if (!isScheduled(frequency)) return null;
  const monday = weekStart(day);
  return Array.from({ length: 7 }, (_, offset) => sessionsOn(frequency, addDays(monday, offset), givenOn));
}

/**
 * The most sessions of the item one day can count: a scheduled day's own sessions, or one day's
 * sessions (perDay, else one) on a catch-up day. More logs on one day never make up for missed days.
 */
export function sessionsOneDayCounts(frequency: Frequency, day: string, givenOn: string): number {
  return Math.max(sessionsOn(frequency, day, givenOn), frequency.perDay ?? 1);
}
