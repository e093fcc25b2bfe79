import { DEFAULT_TIME_ZONE, offsetMinutesAt, selectableTimeZones } from "@/lib/core/time-zones";

/** One choice of the settings form's time-zone list: the IANA id, and it in words with its offset now. */
export type TimeZoneOption = { value: string; label: string };

/** "UTC+10:00", "UTC−03:30" (a real minus sign), "UTC+00:00". */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+";
  const whole = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(whole / 60)).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}

/**
 * Every zone a clinic may choose, in the list's order (UTC first, then A to Z), labelled with its offset
 * at `now` ("America/New York (UTC−05:00)"): daylight saving moves the offset, never the zone.
 */
export function timeZoneOptions(now: Date): TimeZoneOption[] {
  return selectableTimeZones().map((zone) => ({
    value: zone,
    label: zone === DEFAULT_TIME_ZONE ? zone : `${zone.replaceAll("_", " ")} (${offsetText(offsetMinutesAt(zone, now))})`,
  }));
}
