import { weeklySchedule, type Frequency } from "@/lib/programs/schedule";
import { addDays, daysBetween, weekdayIndex, weekStart } from "@/lib/core/calendar";
import type { IsoDate } from "./local-date";

/**
 * What a program item asks of the patient today. Weeks run Monday–Sunday in the patient's local date.
 * Which days hold how many sessions is weeklySchedule (lib/programs/schedule.ts), the same spread
 * adherence, the caseload and the demo seed count with.
 */
export type DueState =
  /** To do today: a scheduled day, or a catch-up because the week is behind. */
  | { kind: "due"; sessionsToday: number; doneToday: number; catchUp: boolean }
  /** Today's sessions are logged. */
  | { kind: "done"; doneToday: number }
  /** Nothing today; `nextDay` is the next scheduled weekday (0 = Monday) or next week. */
  | { kind: "later"; nextDay: number | "next-week" }
  /** No schedule (education, "as advised"): shown, never counted as missed. */
  | { kind: "any-time"; doneToday: number }
  /** Held back by the clinician after a step back to an earlier phase (lib/programs/paused-items.ts): not to be done. */
  | { kind: "paused" };

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The item's state today from the dates of its logged sessions (one date per session; dates outside
 * this week are ignored). `givenOn` is the day the current prescription was given: earlier days of
 * the week were not under it, so they count neither as missed nor as done. A catch-up day asks for at
 * most one day's sessions, never the whole backlog, and nothing is due once the week's sessions are
 * all done, so catching up never exceeds the dose.
 */
export function dueToday(frequency: Frequency, today: IsoDate, sessionDates: readonly IsoDate[], givenOn?: IsoDate): DueState {
  const doneToday = sessionDates.filter((date) => date === today).length;
  const schedule = weeklySchedule(frequency, today, givenOn ?? weekStart(today));
  if (!schedule) return { kind: "any-time", doneToday };

  const weekday = weekdayIndex(today);
  // The week's days under this prescription: from Monday, or from the day it was given if later.
  const firstDay = givenOn && givenOn > weekStart(today) ? weekday - Math.max(0, Math.min(weekday, daysBetween(givenOn, today))) : 0;
  const doneBefore = sessionDates.filter((date) => date >= addDays(today, firstDay - weekday) && date < today).length;
  const dueBefore = sum(schedule.slice(firstDay, weekday));
  const scheduledToday = schedule[weekday]!;
  const behind = doneBefore < dueBefore;
  const leftThisWeek = Math.max(0, sum(schedule.slice(firstDay)) - doneBefore);
  const asked = scheduledToday > 0 ? scheduledToday : behind ? (frequency.perDay ?? 1) : 0;
  const sessionsToday = Math.min(asked, leftThisWeek);

  if (doneToday < sessionsToday) return { kind: "due", sessionsToday, doneToday, catchUp: scheduledToday === 0 };
  if (doneToday > 0) return { kind: "done", doneToday };
  const nextDay = leftThisWeek > 0 ? schedule.findIndex((sessions, day) => day > weekday && sessions > 0) : -1;
  return { kind: "later", nextDay: nextDay === -1 ? "next-week" : nextDay };
}
