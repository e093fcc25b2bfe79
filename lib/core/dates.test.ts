import { describe, expect, it } from "vitest";
import { ageInYears, formatDate, formatDateTime, latestTodayOnEarth, todayIn } from "./dates";

describe("ageInYears", () => {
  it("counts a birthday on the day itself, not the day before", () => {
    expect(ageInYears("1990-03-12", "2026-03-11")).toBe(35);
    expect(ageInYears("1990-03-12", "2026-03-12")).toBe(36);
  });

  it("handles a 29 February birth date in a non-leap year", () => {
    expect(ageInYears("2004-02-29", "2026-02-28")).toBe(21);
    expect(ageInYears("2004-02-29", "2026-03-01")).toBe(22);
  });
});

describe("formatDate", () => {
  it("shows a calendar date without shifting it by time zone", () => {
    expect(formatDate("1990-01-01")).toBe("1 Jan 1990");
    expect(formatDate("1990-01-01", "Pacific/Pago_Pago")).toBe("1 Jan 1990");
  });

  it("shows an instant as its day in the zone given", () => {
    expect(formatDate("2026-03-01T22:00:00.000Z", "Australia/Brisbane")).toBe("2 Mar 2026");
    expect(formatDate("2026-03-01T22:00:00.000Z", "UTC")).toBe("1 Mar 2026");
  });
});

describe("formatDateTime", () => {
  it("shows an instant in the zone, naming it", () => {
    expect(formatDateTime("2026-03-01T22:00:00.000Z", "UTC")).toBe("1 Mar 2026, 22:00 UTC");
    expect(formatDateTime("2026-03-01T22:00:00.000Z", "Australia/Brisbane")).toBe("2 Mar 2026, 08:00 GMT+10");
    expect(formatDateTime("2026-07-01T12:00:00.000Z", "America/New_York")).toBe("1 Jul 2026, 08:00 GMT-4");
  });
});

describe("todayIn", () => {
  it("is the clinic's day: at 08:00 in Brisbane (22:00 UTC) it is already tomorrow in UTC terms", () => {
    const now = new Date("2026-03-01T22:00:00Z");
    expect(todayIn("Australia/Brisbane", now)).toBe("2026-03-02");
    expect(todayIn("UTC", now)).toBe("2026-03-01");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-03-01");
  });
});

describe("latestTodayOnEarth", () => {
  it("is today at UTC+14, the latest day any clinic can be on", () => {
    expect(latestTodayOnEarth(new Date("2026-03-01T09:59:00Z"))).toBe("2026-03-01");
    expect(latestTodayOnEarth(new Date("2026-03-01T10:00:00Z"))).toBe("2026-03-02");
    for (const zone of ["Pacific/Kiritimati", "Australia/Brisbane", "UTC", "Pacific/Pago_Pago"]) {
      for (const iso of ["2026-03-01T00:00:00Z", "2026-03-01T10:00:00Z", "2026-03-01T23:59:00Z"]) {
        expect(todayIn(zone, new Date(iso)) <= latestTodayOnEarth(new Date(iso)), `${zone} ${iso}`).toBe(true);
      }
    }
  });
});
