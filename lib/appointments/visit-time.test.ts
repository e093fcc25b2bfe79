import { describe, expect, it } from "vitest";
import { visitDay, visitTimes, visitWhen } from "./visit-time";

describe("visit times", () => {
  it("reads the day and times in the zone given, naming it", () => {
    expect(visitWhen("2026-12-08T10:00:00.000Z", "2026-12-08T10:45:00.000Z", "UTC")).toBe("Tue 8 Dec 2026, 10:00–10:45 UTC");
    // 23:30 UTC on the 7th is 09:30 on the 8th in Brisbane.
    expect(visitDay("2026-12-07T23:30:00.000Z", "Australia/Brisbane")).toBe("Tue 8 Dec 2026");
    expect(visitTimes("2026-12-07T23:30:00.000Z", "2026-12-08T00:15:00.000Z", "Australia/Brisbane")).toBe("09:30–10:15 GMT+10");
  });
});
