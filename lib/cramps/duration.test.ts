import { describe, expect, it } from "vitest";
import { CRAMP_DURATION, DURATION_PRESETS_SECONDS, formatDuration, longDurationWarning } from "./duration";

describe("cramp duration", () => {
  it("accepts 1–3600 s and warns only for a night cramp above 600 s, the usual maximum of nocturnal cramps (domain.md §1.6 [S44])", () => {
    expect(CRAMP_DURATION).toEqual({ minSeconds: 1, maxSeconds: 3600, softWarnAboveSeconds: 600 });
    expect(longDurationWarning(600, "NIGHT_SLEEP")).toBeNull();
    expect(longDurationWarning(601, "NIGHT_SLEEP")).toMatch(/^Night cramps rarely last longer than 10 minutes/);
    expect(longDurationWarning(601, "REST_LYING_AWAKE")).not.toBeNull();
    expect(longDurationWarning(1200, "DURING_EXERCISE")).toBeNull();
    expect(longDurationWarning(null, "NIGHT_SLEEP")).toBeNull();
  });

  it("offers presets inside the accepted range, none of them triggering the warning", () => {
    for (const seconds of DURATION_PRESETS_SECONDS) {
      expect(seconds).toBeGreaterThanOrEqual(CRAMP_DURATION.minSeconds);
      expect(longDurationWarning(seconds, "NIGHT_SLEEP")).toBeNull();
    }
  });

  it("writes durations the way people say them", () => {
    expect([formatDuration(1), formatDuration(45), formatDuration(60), formatDuration(90), formatDuration(600), formatDuration(3600)]).toEqual([
      "1 s",
      "45 s",
      "1 min",
      "1 min 30 s",
      "10 min",
      "1 h",
    ]);
  });
});
