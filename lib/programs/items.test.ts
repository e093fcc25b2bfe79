import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXERCISES } from "@/lib/exercises/library";
import { clinicExercise } from "@/scripts/testing/exercise-builders";
import { itemDoseOf, itemFromExercise, itemFromLibrary, toItemFields } from "./items";
import { programItemSchema } from "./schema";

describe("items dosed from the library", () => {
  it("takes the Askling Diver's and Glider's every-other-day and every-3rd-day from the library (domain.md §2.2 [S10])", () => {
    expect(itemFromLibrary("EX15")).toMatchObject({ perWeek: null, everyDays: 2 });
    expect(itemFromLibrary("EX16")).toMatchObject({ perWeek: null, everyDays: 3 });
    expect(itemFromLibrary("EX05")).toMatchObject({ durationSeconds: 600 });
  });

  it("carries the time of time-dosed exercises (foam rolling EX13: 30 s per muscle [S50])", () => {
    expect(itemFromLibrary("EX13")).toMatchObject({ sets: 1, durationSeconds: 30, perWeek: 3 });
    expect(itemFromLibrary("EX05")).toMatchObject({ durationSeconds: 600 });
  });
});

describe("the why on a program item", () => {
  it("every library exercise has a short, second-person purpose", () => {
    for (const exercise of EXERCISES) {
      expect(exercise.purpose, exercise.code).toMatch(/^(to|so) /);
      expect(exercise.purpose.length, exercise.code).toBeLessThanOrEqual(120);
      expect(exercise.purpose, exercise.code).toMatch(/\byour?\b/);
    }
  });

  it("starts as the exercise's purpose when added by hand, or the finding's why from a suggestion", () => {
    expect(itemFromLibrary("EX31").patientReason).toBe("to strengthen the muscles at the side of your hip");
    expect(itemFromLibrary("EX31", "Left hip abduction (MMT) 3+/5", "to strengthen the muscles at the side of your left hip, which tested weak").patientReason).toBe(
      "to strengthen the muscles at the side of your left hip, which tested weak",
    );
  });

  it("starts empty for a clinic exercise, which has no purpose", () => {
    expect(itemFromExercise(clinicExercise({ code: "CX01" })).patientReason).toBe("");
  });
});

describe("itemDoseOf, the editor's load guard without zod", () => {
  const item = toItemFields(itemFromLibrary("EX25"));
  const doseKeys = ["sets", "reps", "holdSeconds", "loadKg", "perWeek", "perDay", "everyDays", "durationSeconds", "distanceM"] as const;
  // Texts around every field's bounds, and what a person or a paste can put in a number field.
  const text = fc.oneof(
    fc.constantFrom("", " ", "0", "1", "2", "6", "7", "14", "15", "20", "21", "100", "101", "500", "500.5", "501", "600", "7200", "7201", "50000", "50001"),
    fc.constantFrom("-1", "-0", "2.5", " 3 ", "1e2", "0x10", "abc", "NaN", "Infinity", "3,5"),
    fc.integer({ min: -10, max: 60_000 }).map(String),
    fc.double({ min: -1, max: 600, noNaN: true }).map(String),
  );

  it("reads each dose field as programItemSchema does: the same numbers when it accepts them, null when it refuses one", () => {
    // Most fields keep the item's own value, so both accepted and refused doses come up often.
    const field = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: text });
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.record(Object.fromEntries(doseKeys.map((key) => [key, field])) as Record<(typeof doseKeys)[number], fc.Arbitrary<string | undefined>>), (changes) => {
        const fields = { ...item, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) };
        const parsed = programItemSchema.safeParse(fields);
        seen[parsed.success ? "accepted" : "refused"]++;
        const expected = parsed.success ? { exerciseCode: parsed.data.exerciseCode, ...Object.fromEntries(doseKeys.map((key) => [key, parsed.data[key]])) } : null;
        expect(itemDoseOf(fields)).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
    expect(seen.accepted).toBeGreaterThan(200);
    expect(seen.refused).toBeGreaterThan(200);
  });

  it("gives the guard the typed dose: 3 × 12 with 20 kg", () => {
    expect(itemDoseOf({ ...item, sets: "3", reps: " 12 ", loadKg: "20" })).toMatchObject({ exerciseCode: "EX25", sets: 3, reps: 12, loadKg: 20 });
    expect(itemDoseOf({ ...item, sets: "0" })).toBeNull();
  });
});
