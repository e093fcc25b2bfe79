import { describe, expect, it } from "vitest";
import { measuredInAcutePhase, type PhaseEntry } from "./phase-at-measurement";

const history: PhaseEntry[] = [
  { toPhase: "ACUTE", changedAt: new Date("2026-10-01T09:00:00Z") },
  { toPhase: "SUBACUTE", changedAt: new Date("2026-10-10T15:00:00Z") },
  { toPhase: "ACUTE", changedAt: new Date("2026-10-20T15:00:00Z") },
];

describe("measuredInAcutePhase", () => {
  it("reads the phase the episode was in on the day of the assessment, not today's", () => {
    expect(measuredInAcutePhase(history, "2026-10-05", "UTC")).toBe(true);
    expect(measuredInAcutePhase(history, "2026-10-15", "UTC")).toBe(false);
    expect(measuredInAcutePhase(history, "2026-10-25", "UTC")).toBe(true);
  });

  it("takes an assessment on the day of a change as made before it, and one before the episode opened as its first phase", () => {
    expect(measuredInAcutePhase(history, "2026-10-10", "UTC")).toBe(true);
    expect(measuredInAcutePhase(history, "2026-10-11", "UTC")).toBe(false);
    expect(measuredInAcutePhase(history, "2026-09-28", "UTC")).toBe(true);
  });

  it("is false for an assessment outside any episode", () => {
    expect(measuredInAcutePhase(undefined, "2026-10-05", "UTC")).toBe(false);
    expect(measuredInAcutePhase([], "2026-10-05", "UTC")).toBe(false);
  });
});

describe("measuredInAcutePhase in the clinic's zone", () => {
  it("counts a change on its day in the clinic's zone: 15:00 UTC on 10 Oct is 01:00 on 11 Oct in Brisbane", () => {
    // In UTC the change to subacute came the day before an assessment on 11 Oct; in Brisbane the same day, so it follows it.
    expect(measuredInAcutePhase(history, "2026-10-11", "UTC")).toBe(false);
    expect(measuredInAcutePhase(history, "2026-10-11", "Australia/Brisbane")).toBe(true);
    expect(measuredInAcutePhase(history, "2026-10-12", "Australia/Brisbane")).toBe(false);
  });
});
