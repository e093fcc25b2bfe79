import { describe, expect, it } from "vitest";
import { createExerciseCatalogue, SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { clinicExercise } from "@/scripts/testing/exercise-builders";
import { unexplainedLoadRisesSince, type VersionItem } from "./load-jumps";

const dose = { sets: null, reps: null, holdSeconds: null, loadKg: null, perWeek: null, perDay: null, everyDays: null, durationSeconds: null, distanceM: null, loadChangeReason: null };
const bridge = (reps: number, loadChangeReason: string | null = null): VersionItem => ({ ...dose, exerciseCode: "EX25", sets: 4, reps, perWeek: 3, loadChangeReason });
const stretch = (holdSeconds: number): VersionItem => ({ ...dose, exerciseCode: "EX12", sets: 1, holdSeconds, perWeek: 5 });
const nordic = (sets: number, reps: number, perWeek: number): VersionItem => ({ ...dose, exerciseCode: "EX30", sets, reps, perWeek });

describe("unexplainedLoadRisesSince (R-LOAD > 30 % over 2 weeks [S46])", () => {
  it("flags a recent rise saved without a reason, exercise by exercise", () => {
    const rises = unexplainedLoadRisesSince(
      [
        { version: 1, savedOn: "2026-11-15", items: [bridge(10), stretch(30)] },
        { version: 2, savedOn: "2026-11-24", items: [bridge(15), stretch(30)] },
      ],
      "2026-11-20",
      SHARED_CATALOGUE,
    );
    expect(rises).toEqual([{ exerciseCode: "EX25", exerciseName: expect.any(String), percent: 50, savedOn: "2026-11-24" }]);
  });

  it("raises no alert when the rise was saved with a reason (issue 11)", () => {
    const versions = [
      { version: 1, savedOn: "2026-11-15", items: [bridge(10)] },
      { version: 2, savedOn: "2026-11-24", items: [bridge(15, "Pain-free for 2 weeks, ready for more")] },
    ];
    expect(unexplainedLoadRisesSince(versions, "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
  });

  it("sees two +20 % steps within 2 weeks as one unexplained rise of 44 %", () => {
    const versions = [
      { version: 1, savedOn: "2026-11-12", items: [stretch(25)] },
      { version: 2, savedOn: "2026-11-18", items: [stretch(30)] },
      { version: 3, savedOn: "2026-11-24", items: [stretch(36)] },
    ];
    expect(unexplainedLoadRisesSince(versions, "2026-11-20", SHARED_CATALOGUE)).toMatchObject([{ savedOn: "2026-11-24" }]);
    expect(Math.round(unexplainedLoadRisesSince(versions, "2026-11-20", SHARED_CATALOGUE)[0]!.percent!)).toBe(44);
  });

  it("raises no alert for the weekly steps of the library's Nordic programme (EX30, domain.md §2.2 [S14])", () => {
    const versions = [
      { version: 1, savedOn: "2026-11-10", items: [nordic(2, 5, 1)] },
      { version: 2, savedOn: "2026-11-17", items: [nordic(2, 6, 2)] },
      { version: 3, savedOn: "2026-11-24", items: [nordic(3, 6, 3)] },
    ];
    expect(unexplainedLoadRisesSince(versions, "2026-11-15", SHARED_CATALOGUE)).toEqual([]);
    // Off the schedule (4 × 10 is no step of it), the same rise alerts.
    const offSchedule = [versions[0]!, versions[1]!, { version: 3, savedOn: "2026-11-24", items: [nordic(4, 10, 3)] }];
    expect(unexplainedLoadRisesSince(offSchedule, "2026-11-20", SHARED_CATALOGUE)).toMatchObject([{ exerciseCode: "EX30" }]);
  });

  it("flags a 0 kg item that gets a load, and never a version saved before the window, a first version, a fall or a new exercise", () => {
    const zeroKg = [
      { version: 1, savedOn: "2026-11-15", items: [{ ...bridge(10), loadKg: 0 }] },
      { version: 2, savedOn: "2026-11-24", items: [{ ...bridge(10), loadKg: 10 }] },
    ];
    expect(unexplainedLoadRisesSince(zeroKg, "2026-11-20", SHARED_CATALOGUE)).toMatchObject([{ exerciseCode: "EX25", percent: null }]);
    expect(unexplainedLoadRisesSince([{ version: 1, savedOn: "2026-11-15", items: [bridge(10)] }, { version: 2, savedOn: "2026-11-19", items: [bridge(20)] }], "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
    expect(unexplainedLoadRisesSince([{ version: 1, savedOn: "2026-11-24", items: [bridge(10)] }], "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
    expect(unexplainedLoadRisesSince([{ version: 3, savedOn: "2026-11-10", items: [bridge(10)] }, { version: 4, savedOn: "2026-11-24", items: [bridge(8), stretch(30)] }], "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
  });

  it("weighs the clinic's own exercises from its catalogue", () => {
    const curl = (reps: number): VersionItem => ({ ...dose, exerciseCode: "CX01", sets: 2, reps, loadKg: 5, perWeek: 2 });
    const versions = [
      { version: 1, savedOn: "2026-11-15", items: [curl(8)] },
      { version: 2, savedOn: "2026-11-24", items: [curl(12)] },
    ];
    expect(unexplainedLoadRisesSince(versions, "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
    expect(unexplainedLoadRisesSince(versions, "2026-11-20", createExerciseCatalogue([clinicExercise()]))).toMatchObject([{ exerciseCode: "CX01", percent: 50 }]);
  });
});
