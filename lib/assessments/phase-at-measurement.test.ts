import { describe, expect, it } from "vitest";
import { measuredInAcutePhase, type PhaseEntry } from "./phase-at-measurement";

const history: PhaseEntry[] = [
  { toPhase: "ACUTE", changedAt: new Date("2026-10-01T09:00:00Z") },
  { toPhase: "SUBACUTE", changedAt: new Date("2026-10-10T15:00:00Z") },
  { toPhase: "ACUTE", changedAt: new Date("2026-10-20T15:00:00Z") },
];

describe("measuredInAcutePhase", () => {
  it("reads the phase the episode was in on the day of the assessment, not today's", () => {
    expect(measuredInAcutePhase(history, "2026-10-05")).toBe(true);
    expect(measuredInAcutePhase(history, "2026-10-15")).toBe(false);
    expect(measuredInAcutePhase(history, "2026-10-25")).toBe(true);
  });

  it("takes an assessment on the day of a change as made before it, and one before the episode opened as its first phase", () => {
    expect(measuredInAcutePhase(history, "2026-10-10")).toBe(true);
    expect(measuredInAcutePhase(history, "2026-10-11")).toBe(false);
    expect(measuredInAcutePhase(history, "2026-09-28")).toBe(true);
  });

  it("is false for an assessment outside any episode", () => {
    expect(measuredInAcutePhase(undefined, "2026-10-05")).toBe(false);
    expect(measuredInAcutePhase([], "2026-10-05")).toBe(false);
  });
});
