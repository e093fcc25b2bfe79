/**
 * Caseload scenarios for the demo: six more Northside patients of Ana Lopez, each in active care with
 * a program and logs, and each giving the dashboard one situation to show (pain 8 logged yesterday,
 * no log for 9 days, reassessment due, a cramp red flag, a phase gate met, a weekly-load jump).
 * Dates count back from the day the seed runs. Invented names and values; never real people.
 */
import { todayIsoDate } from "../lib/core/dates";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { createCareScenario, type CareScenario, type ItemDose } from "./care-factories";

const CLINICIAN_EMAIL = "ana.lopez@northside.example";

const glutes: ItemDose[] = [
  { exerciseCode: "EX25", sets: 4, reps: 15, perWeek: 3 },
  { exerciseCode: "EX12", sets: 1, holdSeconds: 30, perWeek: 5 },
  { exerciseCode: "EX31", sets: 2, reps: 10, perWeek: 3 },
];
const earlyRehab: ItemDose[] = [
  { exerciseCode: "EX02", sets: 2, reps: 10, perWeek: 7 },
  { exerciseCode: "EX03", sets: 5, holdSeconds: 10, perWeek: 7 },
];
/** Every other day over a span, like a three-times-a-week program. */
const everyOtherDay = (from: number, to: number, painDuring: number | null = 1) =>
  Array.from({ length: Math.floor((to - from) / 2) + 1 }, (_, i) => ({ daysAgo: from + 2 * i, painDuring }));

type Scenario = Omit<CareScenario, "clinicId" | "clinicianId">;

const SCENARIOS: Scenario[] = [
  {
    patient: { firstName: "Casey", lastName: "Morgan", recordNumber: "N-5001" },
    phase: "SUBACUTE",
    diagnosis: "Hamstring strain",
    onsetDaysAgo: 24,
    programs: [{ daysAgo: 17, items: glutes }],
    logs: [...everyOtherDay(3, 17, 2), { daysAgo: 1, painDuring: 8 }],
    assessments: [{ daysAgo: 24, restPain: 4 }, { daysAgo: 10, restPain: 2 }],
  },
  {
    patient: { firstName: "Riley", lastName: "Brooks", recordNumber: "N-5002" },
    phase: "PREVENTION",
    diagnosis: "Recurrent hamstring cramps",
    onsetDaysAgo: 50,
    programs: [{ daysAgo: 30, items: glutes }],
    logs: everyOtherDay(9, 29, 1),
    assessments: [{ daysAgo: 6, restPain: 1 }],
  },
  {
    patient: { firstName: "Avery", lastName: "Quinn", recordNumber: "N-5003" },
    phase: "PREVENTION",
    onsetDaysAgo: 70,
    programs: [{ daysAgo: 40, items: glutes }],
    logs: everyOtherDay(0, 30, 1),
    assessments: [{ daysAgo: 35, restPain: 1 }],
  },
  {
    patient: { firstName: "Jamie", lastName: "Fox", recordNumber: "N-5004" },
    phase: "PREVENTION",
    diagnosis: "Recurrent hamstring cramps",
    onsetDaysAgo: 45,
    programs: [{ daysAgo: 30, items: glutes }],
    logs: everyOtherDay(1, 25, 1),
    assessments: [{ daysAgo: 5, restPain: 1 }],
    cramps: [{ daysAgo: 2, context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_MEDIAL" }],
  },
  {
    patient: { firstName: "Taylor", lastName: "Reed", recordNumber: "N-5005" },
    phase: "ACUTE",
    side: "LEFT",
    onsetDaysAgo: 9,
    programs: [{ daysAgo: 9, items: earlyRehab }],
    logs: Array.from({ length: 9 }, (_, daysAgo) => ({ daysAgo, painDuring: 1 })),
    assessments: [{ daysAgo: 9, restPain: 3 }, { daysAgo: 3, restPain: 1, kneeFlexionPainful: false }],
  },
  {
    patient: { firstName: "Drew", lastName: "Santos", recordNumber: "N-5006" },
    phase: "PREVENTION",
    onsetDaysAgo: 60,
    programs: [
      { daysAgo: 30, items: glutes },
      { daysAgo: 2, items: [{ ...glutes[0]!, reps: 20 }, ...glutes.slice(1)] },
    ],
    logs: everyOtherDay(0, 28, 1),
    assessments: [{ daysAgo: 8, restPain: 1 }],
  },
];

export async function insertCaseloadScenarios(db: PrismaClient): Promise<number> {
  const clinician = await db.user.findUniqueOrThrow({ where: { email: CLINICIAN_EMAIL }, select: { id: true, clinicId: true } });
  const today = todayIsoDate();
  for (const scenario of SCENARIOS) await createCareScenario(db, today, { ...scenario, clinicId: clinician.clinicId, clinicianId: clinician.id });
  return SCENARIOS.length;
}
