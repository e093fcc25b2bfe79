import { describe, expect, it } from "vitest";
import { instantOfWallClock, isWallClock, wallClockIn } from "./clinic-clock";

describe("isWallClock", () => {
  it("accepts a real minute and refuses impossible or partial ones", () => {
    expect(isWallClock("2026-12-08T09:30")).toBe(true);
    expect(isWallClock("2024-02-29T00:00")).toBe(true);
    for (const text of ["2026-02-29T09:30", "2026-12-08T24:00", "2026-12-08T09:60", "2026-13-01T09:00", "2026-12-08", "2026-12-08T9:30", ""]) {
      expect(isWallClock(text), text).toBe(false);
    }
  });
});

describe("instantOfWallClock", () => {
  it("reads the wall clock in the clinic's zone, not the server's", () => {
    expect(instantOfWallClock("UTC", "2026-12-08T09:30")?.toISOString()).toBe("2026-12-08T09:30:00.000Z");
    expect(instantOfWallClock("Australia/Brisbane", "2026-12-08T09:30")?.toISOString()).toBe("2026-12-07T23:30:00.000Z");
    expect(instantOfWallClock("America/New_York", "2026-12-08T09:30")?.toISOString()).toBe("2026-12-08T14:30:00.000Z");
    expect(instantOfWallClock("America/New_York", "2026-07-08T09:30")?.toISOString()).toBe("2026-07-08T13:30:00.000Z");
  });

  it("refuses a time the zone skips and takes the first of a time it repeats", () => {
    // New York: 8 Mar 2026 02:00 → 03:00; 1 Nov 2026 02:00 → 01:00.
    expect(instantOfWallClock("America/New_York", "2026-03-08T02:30")).toBeNull();
    expect(instantOfWallClock("America/New_York", "2026-11-01T01:30")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("round-trips with wallClockIn", () => {
    for (const zone of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London"]) {
      const instant = instantOfWallClock(zone, "2026-12-31T23:45")!;
      expect(wallClockIn(zone, instant), zone).toBe("2026-12-31T23:45");
    }
  });
});
