/**
 * Wall-clock times in a clinic's zone ("2026-12-08T09:30", what a datetime-local field holds) and the
 * instants they name. Visits are booked in the clinic's zone whatever the browser's, so the form sends
 * the wall clock and the server turns it into an instant here. Pure: the browser runs the same code.
 */
import { offsetMinutesAt } from "@/lib/core/time-zones";

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const wallFormats = new Map<string, Intl.DateTimeFormat>();

export function isWallClock(text: string): boolean {
  const match = WALL_CLOCK.exec(text);
  if (!match) return false;
  const [, , month, day, hour, minute] = match.map(Number) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || hour! > 23 || minute! > 59) return false;
  const date = new Date(Date.UTC(Number(match[1]), month! - 1, day!));
  return date.getUTCDate() === day;
}

/** The wall clock ("YYYY-MM-DDTHH:mm") the instant shows in the zone. */
export function wallClockIn(zone: string, instant: Date): string {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
    wallFormats.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/**
 * The instant a wall clock names in the zone, or null when the zone skips it (clocks going forward).
 * When clocks go back and the time happens twice, the first (earlier) instant.
 */
export function instantOfWallClock(zone: string, wallClock: string): Date | null {
  if (!isWallClock(wallClock)) return null;
  const asUtc = Date.parse(`${wallClock}:00Z`);
  // The offset in force 14 hours either side covers both sides of any change; try the earlier instant first.
  const candidates = [...new Set([offsetMinutesAt(zone, new Date(asUtc - 14 * 3_600_000)), offsetMinutesAt(zone, new Date(asUtc + 14 * 3_600_000))])]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .sort((a, b) => a.getTime() - b.getTime());
  return candidates.find((instant) => wallClockIn(zone, instant) === wallClock) ?? null;
}
