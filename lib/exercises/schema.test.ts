import { describe, expect, it } from "vitest";
import { clinicExerciseFieldsSchema, createClinicExerciseSchema, EMPTY_CLINIC_EXERCISE, updateClinicExerciseSchema, type ClinicExerciseFields } from "./schema";

const valid: ClinicExerciseFields = {
  ...EMPTY_CLINIC_EXERCISE,
  name: "Banded standing hamstring curl",
  kind: "exercise",
  targets: ["HAMSTRINGS"],
  phases: ["SUBACUTE", "PREVENTION"],
  sets: "1",
  reps: "8",
  perWeek: "2",
  dosageText: "1–3 × 8–12 (8–12 RM) [generic]",
  instructions: "Stand tall, loop the band round your ankle and bend the knee slowly against it.",
  source: "S47",
};

const messages = (fields: unknown) => {
  const result = clinicExerciseFieldsSchema.safeParse(fields);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
};

describe("clinicExerciseFieldsSchema", () => {
  it("accepts a complete exercise and trims its text", () => {
    const result = clinicExerciseFieldsSchema.safeParse({ ...valid, name: "  Banded curl  " });
    expect(result.success).toBe(true);
    expect(result.data?.name).toBe("Banded curl");
  });

  it("says what is missing, field by field", () => {
    expect(messages(EMPTY_CLINIC_EXERCISE)).toEqual({
      name: "Name the exercise.",
      targets: "Choose at least one target.",
      phases: "Choose at least one phase it may be used in.",
      dosageText: "Describe the default dose in words, e.g. 3 × 10, slow.",
      instructions: "Write the instructions for the patient.",
      source: "Say where the exercise and its dose come from.",
    });
  });

  it("keeps dose numbers whole and within the editor's bounds, and allows them empty", () => {
    expect(messages({ ...valid, sets: "0" })).toEqual({ sets: "Sets must be a whole number from 1 to 20." });
    expect(messages({ ...valid, reps: "2.5" })).toEqual({ reps: "Reps must be a whole number from 1 to 100." });
    expect(messages({ ...valid, holdSeconds: "601" })).toEqual({ holdSeconds: "Hold (s) must be a whole number from 1 to 600." });
    expect(messages({ ...valid, perWeek: "15", perDay: "7" })).toEqual({
      perWeek: "Times a week must be a whole number from 1 to 14.",
      perDay: "Times a day must be a whole number from 1 to 6.",
    });
    expect(messages({ ...valid, sets: "", reps: "", perWeek: "" })).toEqual({});
    expect(messages({ ...valid, holdSeconds: "600", perWeek: "14", perDay: "6" })).toEqual({});
  });

  it("refuses heavy or lengthening work in the acute phase (R-NO-HEAVY-ACUTE)", () => {
    expect(messages({ ...valid, heavyOrLengthening: true, phases: ["ACUTE", "SUBACUTE"] })).toEqual({
      phases: "Heavy or lengthening work is never allowed in the acute phase: untick Acute, or untick heavy or lengthening.",
    });
    expect(messages({ ...valid, heavyOrLengthening: true, phases: ["SUBACUTE"] })).toEqual({});
    expect(messages({ ...valid, heavyOrLengthening: false, phases: ["ACUTE"] })).toEqual({});
  });

  it("accepts only the library's targets, phases and kinds, and no extra fields", () => {
    expect(messages({ ...valid, targets: ["QUADRICEPS"] })).toHaveProperty(["targets.0"]);
    expect(messages({ ...valid, phases: ["RETURN_TO_SPORT"] })).toHaveProperty(["phases.0"]);
    expect(messages({ ...valid, kind: "plyometric" })).toEqual({ kind: "Choose what kind of exercise it is." });
    expect(clinicExerciseFieldsSchema.safeParse({ ...valid, code: "EX01" }).success).toBe(false);
    expect(messages({ ...valid, name: "x".repeat(101) })).toEqual({ name: "Name must be at most 100 characters." });
  });
});

describe("create and update inputs", () => {
  it("need a request id to create and an id and version to update, and keep the acute-phase rule", () => {
    expect(createClinicExerciseSchema.safeParse({ ...valid, requestId: "3f1c7a52-8d7e-4a55-9a51-7a4f3e7c2b10" }).success).toBe(true);
    expect(createClinicExerciseSchema.safeParse(valid).success).toBe(false);
    const update = { ...valid, id: "3f1c7a52-8d7e-4a55-9a51-7a4f3e7c2b10", version: 2 };
    expect(updateClinicExerciseSchema.safeParse(update).success).toBe(true);
    expect(updateClinicExerciseSchema.safeParse({ ...update, version: 0 }).success).toBe(false);
    expect(updateClinicExerciseSchema.safeParse({ ...update, heavyOrLengthening: true, phases: ["ACUTE"] }).success).toBe(false);
  });
});
