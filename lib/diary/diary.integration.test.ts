import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logCramp } from "@/lib/cramps/mutations";
import { answerLefs, requestLefs } from "@/lib/lefs/mutations";
import { saveProgram } from "@/lib/programs/mutations";
import { itemFromLibrary } from "@/lib/programs/items";
import { createTestClinic, openTestEpisode, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { createPortalPatient } from "@/scripts/testing/portal-patient-fixture";
import { DIARY_LIMIT, listDiaryCramps, listDiaryExerciseLogs, listDiaryLefs } from "./data";

type Clinic = TestClinic;
type PortalPatient = Awaited<ReturnType<typeof createPortalPatient>>;
let clinicA: Clinic;
let clinicB: Clinic;
let patient: PortalPatient;
let episodeId: string;

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
  patient = await createPortalPatient(clinicA);
  episodeId = await openTestEpisode(clinicA, patient.patientId);
});

afterAll(async () => {
  await testDb.$disconnect();
});

/** A completed LEFS with the given total, spread evenly over the 20 items. */
async function completedLefs(total: number) {
  const result = await requestLefs(clinicA.scope, { patientId: patient.patientId });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  const base = Math.floor(total / 20);
  const extra = total - base * 20;
  for (let item = 1; item <= 20; item++) {
    await answerLefs(patient.scope, { questionnaireId: result.value.id, item, score: item <= extra ? base + 1 : base });
  }
  return result.value.id;
}

describe("the clinician's Diary tab", () => {
  it("lists exercise logs newest first with the exercise name, dose, pain, next-morning pain and program version", async () => {
    const saved = await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [{ ...itemFromLibrary("EX25"), sets: 3, reps: 10 }] });
    expect(saved.ok).toBe(true);
    const program = await testDb.program.findFirstOrThrow({ where: { episodeId, version: 1 }, select: { id: true, items: { select: { id: true } } } });
    const log = (performedOn: string, extra: { asPrescribed: boolean; sets?: number; reps?: number; painDuring?: number }) => ({
      clinicId: clinicA.clinicId,
      patientId: patient.patientId,
      episodeId,
      programId: program.id,
      programItemId: program.items[0]!.id,
      exerciseCode: "EX25",
      performedOn: new Date(`${performedOn}T00:00:00Z`),
      idempotencyKey: randomUUID(),
      ...extra,
    });
    await testDb.exerciseLog.createMany({
      data: [
        log("2026-11-20", { asPrescribed: true, painDuring: 2 }),
        log("2026-11-22", { asPrescribed: false, sets: 2, reps: 8, painDuring: 4 }),
      ],
    });
    await testDb.morningPain.create({
      data: { clinicId: clinicA.clinicId, patientId: patient.patientId, episodeId, sessionDate: new Date("2026-11-22T00:00:00Z"), pain: 3 },
    });

    const { rows, total } = await listDiaryExerciseLogs(clinicA.scope, patient.patientId);
    expect(total).toBe(2);
    expect(rows.map(({ id: _id, ...row }) => row)).toEqual([
      {
        performedOn: "2026-11-22",
        exerciseCode: "EX25",
        exerciseName: expect.stringMatching(/bridge/i),
        asPrescribed: false,
        doseDone: "2 × 8",
        prescribedDose: "3 × 10",
        painDuring: 4,
        nextMorningPain: 3,
        programVersion: 1,
      },
      expect.objectContaining({ performedOn: "2026-11-20", doseDone: "As prescribed", painDuring: 2, nextMorningPain: null }),
    ]);
  });

  it("lists cramps newest first with their red flags", async () => {
    const base = { stoppedActivity: false, reliefMethods: [], fluidIntakeMl: null, systemicSymptoms: false, strainSigns: [], notes: "", side: "LEFT" as const, durationSeconds: 30, severity: 4 };
    await logCramp(patient.scope, { ...base, idempotencyKey: randomUUID(), onsetAt: new Date(Date.now() - 7_200_000).toISOString(), context: "DURING_EXERCISE", muscleSite: "CALF" });
    await logCramp(patient.scope, { ...base, idempotencyKey: randomUUID(), onsetAt: new Date(Date.now() - 3_600_000).toISOString(), context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_LATERAL" });
    const { rows, total } = await listDiaryCramps(clinicA.scope, patient.patientId);
    expect(total).toBe(2);
    expect(rows.map((row) => [row.muscleSite, row.redFlags.map((flag) => flag.code)])).toEqual([
      ["HAMSTRING_LATERAL", ["HAMSTRING_NIGHT_CRAMP"]],
      ["CALF", []],
    ]);
  });

  it("lists LEFS results newest first, an open one as incomplete, with the change against the previous completed one", async () => {
    await completedLefs(40);
    await completedLefs(52);
    const open = await requestLefs(clinicA.scope, { patientId: patient.patientId });
    if (!open.ok) throw new Error("not requested");
    await answerLefs(patient.scope, { questionnaireId: open.value.id, item: 1, score: 4 });
    const { rows } = await listDiaryLefs(clinicA.scope, patient.patientId);
    expect(rows.map((row) => [row.total, row.answered, row.change, row.requestedByName])).toEqual([
      [null, 1, null, "Test Clinician"],
      [52, 20, { points: 12, meaningful: true }, "Test Clinician"],
      [40, 20, null, "Test Clinician"],
    ]);
  });

  it("shows another clinic nothing of this patient's diary", async () => {
    expect(await listDiaryExerciseLogs(clinicB.scope, patient.patientId)).toEqual({ rows: [], total: 0, limit: DIARY_LIMIT });
    expect(await listDiaryCramps(clinicB.scope, patient.patientId)).toEqual({ rows: [], total: 0, limit: DIARY_LIMIT });
    expect(await listDiaryLefs(clinicB.scope, patient.patientId)).toEqual({ rows: [], total: 0, limit: DIARY_LIMIT });
  });

  it("shows the newest 100 cramps and counts them all", async () => {
    const other = await createPortalPatient(clinicA);
    await testDb.crampEntry.createMany({
      data: Array.from({ length: DIARY_LIMIT + 5 }, (_, index) => ({
        clinicId: clinicA.clinicId,
        patientId: other.patientId,
        onsetAt: new Date(Date.UTC(2026, 9, 1) + index * 3_600_000),
        context: "OTHER" as const,
        muscleSite: "CALF" as const,
        side: "LEFT" as const,
        durationSeconds: 10,
        severity: 1,
        stoppedActivity: false,
        systemicSymptoms: false,
        idempotencyKey: randomUUID(),
      })),
    });
    const { rows, total } = await listDiaryCramps(clinicA.scope, other.patientId);
    expect([rows.length, total]).toEqual([DIARY_LIMIT, DIARY_LIMIT + 5]);
    expect(rows[0]?.onsetAt).toBe(new Date(Date.UTC(2026, 9, 1) + (DIARY_LIMIT + 4) * 3_600_000).toISOString());
  });
});
