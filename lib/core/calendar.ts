/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings. Days are whole dates with no time zone, so the
 * arithmetic runs in UTC where no day is ever 23 or 25 hours long.
 */
const DAY_MS = 86_400_000;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => toIsoDate(new Date(ms));

/**
 * The day ("YYYY-MM-DD") of a stored date column, which comes back as midnight UTC. A timestamp's day
 * depends on the zone it is read in: calendarDayIn (time-zones.ts), the clinic's zone for staff.
 */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Whether text is a "YYYY-MM-DD" day that exists. Date parsing alone is not enough: it rolls
 * 2024-02-31 over to 2024-03-02, so the day must survive the round trip unchanged.
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = toMs(text);
  return !Number.isNaN(ms) && toDay(ms) === text;
}

export function addDays(day: string, days: number): string {
  return toDay(toMs(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (ISO weekday − 1): weeks in the product run Monday to Sunday. */
export function weekdayIndex(day: string): number {
  return (new Date(toMs(day)).getUTCDay() + 6) % 7;
}

/** The Monday of the day's week. */
export function weekStart(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** Every day from `from` to `to`, both included; empty when `to` is earlier. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
