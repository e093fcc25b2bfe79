import { clinicExerciseDefinition, type ClinicExerciseDefinition, type ClinicExerciseRecord } from "@/lib/exercises/clinic-exercise";

/** Builds a clinic exercise for tests, as data.ts would map its row: `clinicExercise({ code: "CX02", kind: "stretch" })`. */
export function clinicExercise(overrides: Partial<ClinicExerciseRecord> = {}): ClinicExerciseDefinition {
  return clinicExerciseDefinition({
    id: "00000000-0000-4000-8000-000000000001",
    code: "CX01",
    name: "Banded standing hamstring curl",
    targets: ["HAMSTRINGS"],
    phases: ["SUBACUTE", "PREVENTION"],
    kind: "exercise",
    heavyOrLengthening: false,
    sets: 1,
    reps: 8,
    holdSeconds: null,
    perWeek: 2,
    perDay: null,
    dosageText: "1–3 × 8–12 (8–12 RM) [generic]",
    instructions: "Stand tall holding a support, loop the band round your ankle and bend the knee slowly against it.",
    notes: null,
    source: "S47",
    archivedAt: null,
    ...overrides,
  });
}
