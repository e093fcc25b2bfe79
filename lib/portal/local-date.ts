/**
 * The patient's calendar day. Exercise logs and next-morning pain belong to the day the patient lived
 * it, so "today" is computed in the browser's IANA time zone (kept in a cookie by the portal), never in
 * the server's. Dates are ISO strings (YYYY-MM-DD); day arithmetic is lib/core/calendar.ts.
 */
export type IsoDate = string;

/** The cookie that carries the browser's time zone to the server. */
export const TIME_ZONE_COOKIE = "rehabit-tz";
export const FALLBACK_TIME_ZONE = "UTC";

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const ZONE_SHAPE = /^[A-Za-z0-9_+\-/]{1,64}$/;

/** The zone if the runtime knows it (the cookie is client-made, so anything else is ignored), else UTC. */
export function timeZoneOrFallback(zone: string | null | undefined): string {
  if (!zone || !ZONE_SHAPE.test(zone)) return FALLBACK_TIME_ZONE;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

/** The calendar date at `now` in the zone. */
export function localDate(zone: string, now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

