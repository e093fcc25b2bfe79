import { describe, expect, it } from "vitest";
import { calendarDayIn, isKnownTimeZone, knownTimeZoneOr, offsetMinutesAt, selectableTimeZones, startOfDayIn } from "./time-zones";

const at = (iso: string) => new Date(iso);

describe("calendarDayIn", () => {
  it("puts 08:00 in a UTC+10 clinic (22:00 UTC) on the next UTC day", () => {
    expect(calendarDayIn("Australia/Brisbane", at("2026-03-01T22:00:00Z"))).toBe("2026-03-02");
    expect(calendarDayIn("UTC", at("2026-03-01T22:00:00Z"))).toBe("2026-03-01");
    // Brisbane's day turns at 14:00 UTC.
    expect(calendarDayIn("Australia/Brisbane", at("2026-03-01T13:59:59Z"))).toBe("2026-03-01");
    expect(calendarDayIn("Australia/Brisbane", at("2026-03-01T14:00:00Z"))).toBe("2026-03-02");
  });

  it("keeps a UTC−X clinic on the previous day after midnight UTC", () => {
    // 23:59 and 00:00 in Los Angeles (UTC−8 in January) are 07:59 and 08:00 UTC.
    expect(calendarDayIn("America/Los_Angeles", at("2026-01-10T07:59:00Z"))).toBe("2026-01-09");
    expect(calendarDayIn("America/Los_Angeles", at("2026-01-10T08:00:00Z"))).toBe("2026-01-10");
    expect(calendarDayIn("America/Sao_Paulo", at("2026-06-15T02:00:00Z"))).toBe("2026-06-14");
  });

  it("turns the day at local midnight on both sides of a daylight-saving change", () => {
    // New York: EST (UTC−5) until 2 a.m. on 8 March 2026, EDT (UTC−4) after; back on 1 November.
    expect(calendarDayIn("America/New_York", at("2026-03-08T04:59:00Z"))).toBe("2026-03-07");
    expect(calendarDayIn("America/New_York", at("2026-03-08T05:00:00Z"))).toBe("2026-03-08");
    expect(calendarDayIn("America/New_York", at("2026-03-09T03:59:00Z"))).toBe("2026-03-08");
    expect(calendarDayIn("America/New_York", at("2026-03-09T04:00:00Z"))).toBe("2026-03-09");
    expect(calendarDayIn("America/New_York", at("2026-11-02T04:59:00Z"))).toBe("2026-11-01");
    expect(calendarDayIn("America/New_York", at("2026-11-02T05:00:00Z"))).toBe("2026-11-02");
    // Sydney leaves daylight saving (UTC+11 → +10) at 3 a.m. on 5 April 2026.
    expect(calendarDayIn("Australia/Sydney", at("2026-04-04T12:59:00Z"))).toBe("2026-04-04");
    expect(calendarDayIn("Australia/Sydney", at("2026-04-04T13:00:00Z"))).toBe("2026-04-05");
    expect(calendarDayIn("Australia/Sydney", at("2026-04-05T13:59:00Z"))).toBe("2026-04-05");
    expect(calendarDayIn("Australia/Sydney", at("2026-04-05T14:00:00Z"))).toBe("2026-04-06");
  });
});

describe("offsetMinutesAt", () => {
  it("reads whole, half and three-quarter hour offsets, and daylight saving", () => {
    expect(offsetMinutesAt("UTC", at("2026-03-01T00:00:00Z"))).toBe(0);
    expect(offsetMinutesAt("Australia/Brisbane", at("2026-03-01T00:00:00Z"))).toBe(600);
    expect(offsetMinutesAt("Asia/Kolkata", at("2026-03-01T00:00:00Z"))).toBe(330);
    expect(offsetMinutesAt("Pacific/Chatham", at("2026-01-01T00:00:00Z"))).toBe(825);
    expect(offsetMinutesAt("America/New_York", at("2026-01-15T12:00:00Z"))).toBe(-300);
    expect(offsetMinutesAt("America/New_York", at("2026-07-15T12:00:00Z"))).toBe(-240);
  });
});

describe("startOfDayIn", () => {
  it("is local midnight as an instant", () => {
    expect(startOfDayIn("UTC", "2026-03-02")).toEqual(at("2026-03-02T00:00:00Z"));
    expect(startOfDayIn("Australia/Brisbane", "2026-03-02")).toEqual(at("2026-03-01T14:00:00Z"));
    expect(startOfDayIn("America/New_York", "2026-01-10")).toEqual(at("2026-01-10T05:00:00Z"));
    expect(startOfDayIn("Asia/Kolkata", "2026-01-01")).toEqual(at("2025-12-31T18:30:00Z"));
  });

  it("follows daylight saving on the days around a change", () => {
    // London: the clocks go forward at 01:00 UTC on 29 March 2026, after that day's midnight.
    expect(startOfDayIn("Europe/London", "2026-03-29")).toEqual(at("2026-03-29T00:00:00Z"));
    expect(startOfDayIn("Europe/London", "2026-03-30")).toEqual(at("2026-03-29T23:00:00Z"));
    expect(startOfDayIn("America/New_York", "2026-03-09")).toEqual(at("2026-03-09T04:00:00Z"));
    expect(startOfDayIn("America/New_York", "2026-11-02")).toEqual(at("2026-11-02T05:00:00Z"));
  });

  it("starts a day whose midnight is skipped at the change, and a day whose midnight repeats at the first one", () => {
    // Santiago goes from 23:59:59 on 5 September 2026 to 01:00 on the 6th (UTC−4 → −3).
    expect(startOfDayIn("America/Santiago", "2026-09-06")).toEqual(at("2026-09-06T04:00:00Z"));
    expect(calendarDayIn("America/Santiago", at("2026-09-06T03:59:59Z"))).toBe("2026-09-05");
    // Havana goes back from 01:00 to 00:00 on 1 November 2026 (UTC−4 → −5): midnight happens twice.
    expect(startOfDayIn("America/Havana", "2026-11-01")).toEqual(at("2026-11-01T04:00:00Z"));
  });

  it("is where calendarDayIn turns: the minute before belongs to the day before", () => {
    for (const zone of ["Australia/Brisbane", "America/Los_Angeles", "Europe/Berlin", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"]) {
      for (const day of ["2026-01-01", "2026-03-29", "2026-10-25", "2026-12-31"]) {
        const start = startOfDayIn(zone, day);
        expect(calendarDayIn(zone, start), `${zone} ${day}`).toBe(day);
        expect(calendarDayIn(zone, new Date(start.getTime() - 60_000)) < day, `${zone} ${day}`).toBe(true);
      }
    }
  });
});

describe("time zone names", () => {
  it("knows IANA zones and refuses anything else before it reaches Intl", () => {
    expect(isKnownTimeZone("Australia/Brisbane")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    for (const bad of ["", "Mars/Olympus_Mons", "Europe/Berlin; path=/", "../etc/passwd", "x".repeat(80)]) expect(isKnownTimeZone(bad), bad).toBe(false);
    expect(knownTimeZoneOr("Mars/Olympus_Mons")).toBe("UTC");
    expect(knownTimeZoneOr(null)).toBe("UTC");
    expect(knownTimeZoneOr("Europe/Berlin")).toBe("Europe/Berlin");
  });

  it("offers UTC first, then the runtime's IANA list, each once and each known", () => {
    const zones = selectableTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toEqual(expect.arrayContaining(["Australia/Brisbane", "America/New_York", "Europe/London", "Pacific/Kiritimati"]));
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.length).toBeGreaterThan(300);
    expect(zones.every(isKnownTimeZone)).toBe(true);
  });
});
