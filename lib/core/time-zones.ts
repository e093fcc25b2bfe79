/**
 * IANA time zones: which ones a clinic may choose, the calendar day an instant falls on in a zone, and
 * the instant a zone's day starts. Pure and framework-free: the server and the browser run the same
 * code. Days are "YYYY-MM-DD" strings (lib/core/calendar.ts does their arithmetic).
 */

/** Where a clinic starts (the migration gives existing clinics this zone) and what an unknown zone falls back to. */
export const DEFAULT_TIME_ZONE = "UTC";

/** The shape of an IANA zone id ("Australia/Brisbane", "America/Argentina/Buenos_Aires", "UTC"). */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;
export const TIME_ZONE_MAX_LENGTH = 64;

/** Zones already found known: at most the runtime's few hundred. */
const knownZones = new Set<string>();

/**
 * Whether this runtime knows the zone. Used where the zone comes from outside the code (a form, the
 * database) before it reaches Intl, which throws a RangeError for an unknown one.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (!ZONE_SHAPE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
  } catch {
    return false;
  }
  // Building a formatter costs more than the page's own use of the zone: each zone is checked once.
  knownZones.add(zone);
  return true;
}

/** The zone when the runtime knows it, else UTC: a stored zone this runtime cannot read never breaks a page. */
export function knownTimeZoneOr(zone: string | null | undefined, fallback = DEFAULT_TIME_ZONE): string {
  return zone && isKnownTimeZone(zone) ? zone : fallback;
}

/**
 * The zones a clinic may choose: the runtime's canonical IANA list (Intl.supportedValuesOf, which leaves
 * out "UTC" itself) with UTC first. The server's list is the one that counts: the settings form offers it
 * and the mutation accepts nothing else.
 */
export function selectableTimeZones(): string[] {
  return [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== DEFAULT_TIME_ZONE)];
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(cache: Map<string, Intl.DateTimeFormat>, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone });
    cache.set(zone, format);
  }
  return format;
}

/** The calendar day ("YYYY-MM-DD") the instant falls on in the zone. */
export function calendarDayIn(zone: string, instant: Date = new Date()): string {
  const parts = cachedFormat(dayFormats, zone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The zone's offset from UTC at the instant, in minutes (Brisbane +600, New York in winter −300). */
export function offsetMinutesAt(zone: string, instant: Date): number {
  const parts = cachedFormat(partsFormats, zone, {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(value("year"), value("month") - 1, value("day"), value("hour"), value("minute"), value("second"));
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtc - wholeSeconds) / 60_000);
}

/**
 * The first instant of the day in the zone: local midnight (the first one, when clocks going back repeat
 * it), or, when a daylight-saving change skips midnight (23:59 → 01:00), the instant the change happens.
 */
export function startOfDayIn(zone: string, day: string): Date {
  const midnightAsUtc = Date.parse(`${day}T00:00:00Z`);
  const HOURS_14 = 14 * 3_600_000;
  // Local midnight is midnight-as-UTC less the offset in force then. Offsets span UTC−12 to UTC+14, so the
  // ones in force 14 hours either side are the only candidates; a candidate holds if its offset agrees.
  const offsets = new Set([offsetMinutesAt(zone, new Date(midnightAsUtc - HOURS_14)), offsetMinutesAt(zone, new Date(midnightAsUtc + HOURS_14))]);
  const midnights = [...offsets]
    .map((offset) => midnightAsUtc - offset * 60_000)
    .filter((candidate) => offsetMinutesAt(zone, new Date(candidate)) === (midnightAsUtc - candidate) / 60_000);
  if (midnights.length) return new Date(Math.min(...midnights));
  // Midnight was skipped: the day starts at the first minute that belongs to it.
  let before = midnightAsUtc - HOURS_14;
  let after = midnightAsUtc + HOURS_14;
  while (after - before > 60_000) {
    const middle = before + Math.floor((after - before) / 120_000) * 60_000;
    if (calendarDayIn(zone, new Date(middle)) >= day) after = middle;
    else before = middle;
  }
  return new Date(after);
}
