import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLINIC_EXERCISE_ILLUSTRATION, clinicExerciseCode, frequencyTextOf, isClinicExerciseCode } from "./clinic-exercise";
import { exerciseByCode } from "./library";
import { clinicExercise } from "@/scripts/testing/exercise-builders";

describe("clinic exercise codes", () => {
  it("are CX and the clinic's number, at least two digits", () => {
    expect(clinicExerciseCode(1)).toBe("CX01");
    expect(clinicExerciseCode(12)).toBe("CX12");
    expect(clinicExerciseCode(123)).toBe("CX123");
  });

  it("can never be mistaken for a library code, nor a library code for one", () => {
    for (const code of ["CX01", "CX09", "CX10", "CX123"]) {
      expect(isClinicExerciseCode(code), code).toBe(true);
      expect(exerciseByCode(code), code).toBeUndefined();
    }
    for (const code of ["EX01", "CX00", "CX1", "cx01", "CX01 ", "CX001"]) expect(isClinicExerciseCode(code), code).toBe(false);
  });
});

describe("clinicExerciseDefinition", () => {
  it("shapes a row like a library entry: dose numbers it has, its text, its source, the shared pictogram", () => {
    const exercise = clinicExercise({ sets: 3, reps: null, holdSeconds: 30, perWeek: 5, perDay: null, dosageText: "3 × 30 s", source: "Clinic protocol 2026" });
    expect(exercise.dosage).toEqual({ sets: 3, holdSeconds: 30, perWeek: 5, text: "3 × 30 s" });
    expect(exercise.sources).toEqual(["Clinic protocol 2026"]);
    expect(exercise.illustration).toBe(CLINIC_EXERCISE_ILLUSTRATION);
    expect(exercise.notes).toBeUndefined();
    expect(clinicExercise({ notes: "Not with knee pain." }).notes).toBe("Not with knee pain.");
    expect(exercise.archived).toBe(false);
    expect(clinicExercise({ archivedAt: new Date() }).archived).toBe(true);
  });

  it("words the frequency as the library does", () => {
    expect(frequencyTextOf({ perWeek: 7, perDay: null })).toBe("Daily");
    expect(frequencyTextOf({ perWeek: 3, perDay: null })).toBe("3 d/wk");
    expect(frequencyTextOf({ perWeek: null, perDay: 2 })).toBe("2×/day");
    expect(frequencyTextOf({ perWeek: 7, perDay: 2 })).toBe("Daily, 2×/day");
    expect(frequencyTextOf({ perWeek: null, perDay: null })).toBe("—");
  });
});

describe("the fallback pictogram", () => {
  it("exists as a titled line drawing in the library's style", () => {
    const file = path.join(process.cwd(), "public", CLINIC_EXERCISE_ILLUSTRATION);
    expect(existsSync(file)).toBe(true);
    const svg = readFileSync(file, "utf8");
    expect(svg).toContain('role="img"');
    expect(svg).toContain('viewBox="0 0 120 80"');
    expect(svg).toContain('stroke="#115e59"');
    expect(svg.match(/<title>(.*?)<\/title>/)?.[1]).toBe("Clinic exercise");
    expect(svg.length).toBeLessThan(1600);
  });
});
