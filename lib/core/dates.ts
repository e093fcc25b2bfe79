import { calendarDayIn } from "./time-zones";

/**
 * Dates and times as people read them. A calendar date ("1990-03-12", a date of birth, an assessment
 * day) has no zone and is shown as it is. An instant (a saved-at timestamp) is shown in a zone named
 * beside it: for staff the clinic's (Clinic settings), so "today" and the times on screen agree.
 */
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}

/**
 * "1990-03-12" → "12 Mar 1990". An instant (an ISO timestamp) is shown as its day in `timeZone`,
 * which it must then be given: without one, its UTC day.
 */
export function formatDate(iso: string, timeZone?: string): string {
  if (iso.length === 10) return dateFormat.format(new Date(`${iso}T00:00:00Z`));
  return dateFormat.format(new Date(`${timeZone ? calendarDayIn(timeZone, new Date(iso)) : iso.slice(0, 10)}T00:00:00Z`));
}

/** An instant in the zone, with the zone's name: "2 Mar 2026, 08:00 GMT+10", "1 Mar 2026, 22:00 UTC". */
export function formatDateTime(iso: string, timeZone: string): string {
  return dateTimeFormat(timeZone).format(new Date(iso));
}

/** Whole years between a YYYY-MM-DD birth date and a YYYY-MM-DD day; a birthday counts on the day itself. */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = onDate.split("-").map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/**
 * Today in a zone: staff code passes the clinic's (`todayIn(scope.timeZone)`), so a clinic east of UTC
 * records this morning's assessment on today's date, not yesterday's.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return calendarDayIn(timeZone, now);
}

/**
 * The latest calendar day anywhere now (UTC+14, the Line Islands). A form schema shared by the browser
 * and the server refuses a date after it ("cannot be in the future") without knowing the clinic's zone;
 * the server's mutation then holds the date to the clinic's own today (todayIn), on the same field.
 */
export function latestTodayOnEarth(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The UTC day. Only for scripts, seeds and tests that work in UTC days (bulk data, fixtures): a screen
 * or rule of the app uses the clinic's day (todayIn) or, in the portal, the patient's.
 */
export function todayIsoDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
