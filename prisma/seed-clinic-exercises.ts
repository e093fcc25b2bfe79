/**
 * Demo clinic exercises: one or two per demo clinic beside the shared library, made by the clinic's
 * admin; none is heavy or lengthening work. Doses come from ../shared/domain.md: the generic ACSM resistance dose [S47] where no
 * exercise-specific one exists (marked [generic]), and the static-stretch dose of EX12 [S48].
 */
import { randomUUID } from "node:crypto";
import { clinicExerciseCode, type ClinicExerciseRecord } from "../lib/exercises/clinic-exercise";
import type { PrismaClient } from "../lib/generated/prisma/client";

/** A clinic exercise as stored, without what the clinic and the numbering give it. */
type DemoExercise = Omit<ClinicExerciseRecord, "id" | "code" | "heavyOrLengthening" | "archivedAt">;

// domain.md §2.2 EX31/EX34: 1–3 × 8–12 at 2–3 d/wk is the generic ACSM dose [S47]; the lower bounds are the defaults.
const generic = { sets: 1, reps: 8, holdSeconds: null, perWeek: 2, perDay: null } as const;

const DEMO_EXERCISES: Record<string, DemoExercise[]> = {
  "Northside Physio": [
    {
      name: "Banded standing hamstring curl",
      targets: ["HAMSTRINGS"],
      phases: ["SUBACUTE", "PREVENTION"],
      kind: "exercise",
      ...generic,
      dosageText: "1–3 × 8–12 (8–12 RM), 2–3 d/wk [generic]",
      instructions: "Stand tall holding a support, with a resistance band round your ankle. Slowly bend the knee to bring the heel towards your buttock, then lower it slowly.",
      notes: "Stop before pain at the back of the thigh.",
      source: "S47 (generic ACSM resistance dose; no exercise-specific source)",
    },
    {
      name: "Seated hamstring stretch on a chair",
      targets: ["HAMSTRINGS"],
      phases: ["ACUTE", "SUBACUTE", "PREVENTION"],
      kind: "stretch",
      // domain.md §2.2 EX12: a 30 s hold once a day, 5 d/wk, equals longer or more frequent holds [S48].
      sets: null,
      reps: null,
      holdSeconds: 30,
      perWeek: 5,
      perDay: 1,
      dosageText: "30 s hold, 1×/day, 5 d/wk (as EX12) [S48]",
      instructions: "Sit on the front of a chair with one leg straight and the heel on the floor. Sit tall and lean forward from the hips until you feel a gentle stretch behind the thigh, and hold.",
      notes: null,
      source: "S48 (dose of the static hamstring stretch, EX12)",
    },
  ],
  "Harbour Sports Clinic": [
    {
      name: "Lateral band walk",
      targets: ["GLUTEUS_MEDIUS"],
      phases: ["SUBACUTE", "PREVENTION"],
      kind: "exercise",
      ...generic,
      dosageText: "1–3 sets × 8–12 steps each way, 2–3 d/wk [generic]",
      instructions: "With a resistance band round both legs above the knees, bend the knees slightly and step sideways, keeping your toes pointing forward. Step back the other way.",
      notes: null,
      source: "S47 (generic ACSM resistance dose; no exercise-specific source)",
    },
  ],
};

export async function insertDemoClinicExercises(db: PrismaClient): Promise<number> {
  let count = 0;
  for (const [clinicName, exercises] of Object.entries(DEMO_EXERCISES)) {
    const clinic = await db.clinic.findFirst({ where: { name: clinicName }, select: { id: true, users: { where: { role: "ADMIN" }, select: { id: true }, take: 1 } } });
    const admin = clinic?.users[0];
    if (!clinic || !admin) continue;
    for (const [index, exercise] of exercises.entries()) {
      const number = index + 1;
      const content = { ...exercise, targets: [...exercise.targets], phases: [...exercise.phases], heavyOrLengthening: false, clinicId: clinic.id, code: clinicExerciseCode(number), createdById: admin.id };
      // With its first saved version, as createClinicExercise does: programs point at the version they were given.
      const { id } = await db.clinicExercise.create({ data: { ...content, number, requestId: randomUUID() }, select: { id: true } });
      await db.clinicExerciseVersion.create({ data: { ...content, clinicExerciseId: id, version: 1 } });
      count++;
    }
  }
  return count;
}
