import { describe, expect, it } from "vitest";
import { createExerciseCatalogue, SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { clinicExercise } from "@/lib/exercises/test-exercises";
import { loadRisesSince, type VersionItem } from "./load-jumps";

const bridge = (reps: number): VersionItem => ({ exerciseCode: "EX25", sets: 4, reps, holdSeconds: null, loadKg: null, perWeek: 3, perDay: null });
const stretch = (holdSeconds: number): VersionItem => ({ exerciseCode: "EX12", sets: 1, reps: null, holdSeconds, loadKg: null, perWeek: 5, perDay: null });

describe("loadRisesSince", () => {
  it("compares a recent version with the one before it, exercise by exercise", () => {
    const rises = loadRisesSince(
      [
        { version: 1, savedOn: "2026-11-01", items: [bridge(10), stretch(30)] },
        { version: 2, savedOn: "2026-11-24", items: [bridge(15), stretch(30)] },
      ],
      "2026-11-20",
      SHARED_CATALOGUE,
    );
    expect(rises).toEqual([{ exerciseCode: "EX25", exerciseName: expect.any(String), percent: 50, savedOn: "2026-11-24" }]);
  });

  it("ignores versions saved before the window, first versions, falls and new exercises", () => {
    expect(loadRisesSince([{ version: 1, savedOn: "2026-11-01", items: [bridge(10)] }, { version: 2, savedOn: "2026-11-19", items: [bridge(20)] }], "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
    expect(loadRisesSince([{ version: 1, savedOn: "2026-11-24", items: [bridge(10)] }], "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
    expect(loadRisesSince([{ version: 3, savedOn: "2026-11-10", items: [bridge(10)] }, { version: 4, savedOn: "2026-11-24", items: [bridge(8), stretch(30)] }], "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
  });

  it("weighs the clinic's own exercises from its catalogue", () => {
    const curl = (reps: number): VersionItem => ({ exerciseCode: "CX01", sets: 2, reps, holdSeconds: null, loadKg: 5, perWeek: 2, perDay: null });
    const versions = [
      { version: 1, savedOn: "2026-11-01", items: [curl(8)] },
      { version: 2, savedOn: "2026-11-24", items: [curl(12)] },
    ];
    expect(loadRisesSince(versions, "2026-11-20", SHARED_CATALOGUE)).toEqual([]);
    expect(loadRisesSince(versions, "2026-11-20", createExerciseCatalogue([clinicExercise()]))).toMatchObject([{ exerciseCode: "CX01", percent: 50 }]);
  });
});
