import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { changePhase, setEpisodeStatus } from "@/lib/episodes/mutations";
import { itemFromLibrary } from "@/lib/programs/items";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { createPortalPatient, openTestEpisode, saveTestProgram } from "@/scripts/testing/portal-fixtures";
import { getCurrentProgram, getMorningPain, listEpisodeLogsSince, listPainBefore } from "./data";
import { correctLog, logExercise, MESSAGES, recordMorningPain } from "./mutations";
import { previousPainState } from "./pain-rules";
import { buildPlanItems } from "./plan";

type Clinic = TestClinic;
type Patient = Awaited<ReturnType<typeof createPortalPatient>>;

const TODAY = "2026-11-26";
const YESTERDAY = "2026-11-25";
const MONDAY = "2026-11-23";

let clinicA: Clinic;
let clinicB: Clinic;

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

/** A portal patient with an active episode and a first program (EX02 daily, EX03 daily). */
async function patientWithPlan(clinic: Clinic) {
  const patient = await createPortalPatient(clinic);
  const episodeId = await openTestEpisode(clinic, patient.patientId);
  const itemIds = await saveTestProgram(clinic, episodeId, 0, [itemFromLibrary("EX02", "", "to keep your knee moving"), itemFromLibrary("EX03")]);
  return { ...patient, episodeId, itemIds };
}

const logInput = (programItemId: string, idempotencyKey = randomUUID(), performedOn = TODAY) => ({ programItemId, idempotencyKey, performedOn });

async function logged(patient: Patient, programItemId: string, performedOn = TODAY) {
  const result = await logExercise(patient.scope, logInput(programItemId, randomUUID(), performedOn), TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

describe("a step back to acute (R-NO-HEAVY-ACUTE [S12])", () => {
  it("refuses a log of the heavy work of the subacute program until the clinician saves a new version", async () => {
    const patient = await createPortalPatient(clinicA);
    const episodeId = await openTestEpisode(clinicA, patient.patientId);
    await changePhase(clinicA.scope, { episodeId, version: 1, direction: "advance", reason: "Pain-free jogging" });
    const [bridge, nordic] = await saveTestProgram(clinicA, episodeId, 0, [itemFromLibrary("EX25"), itemFromLibrary("EX30")]);
    await changePhase(clinicA.scope, { episodeId, version: 2, direction: "step-back", reason: "Flare-up" });

    expect(await logExercise(patient.scope, logInput(nordic!), TODAY)).toEqual({ ok: false, fieldErrors: { _form: [MESSAGES.paused] } });
    expect((await logExercise(patient.scope, logInput(bridge!), TODAY)).ok).toBe(true);
    expect(await testDb.exerciseLog.count({ where: { programItemId: BigInt(nordic!) } })).toBe(0);

    const [, keptNordic] = await saveTestProgram(clinicA, episodeId, 1, [itemFromLibrary("EX25"), { ...itemFromLibrary("EX30"), overrideReason: "Pain-free in clinic" }]);
    expect((await logExercise(patient.scope, logInput(keptNordic!), TODAY)).ok).toBe(true);
  });
});

describe("logExercise", () => {
  it("stores the prescribed dose with no pain yet, tied to the program version given, with an audit event by the patient", async () => {
    const patient = await patientWithPlan(clinicA);
    const log = await logged(patient, patient.itemIds[0]!);
    expect(log).toMatchObject({ programItemId: patient.itemIds[0], exerciseCode: "EX02", performedOn: TODAY, asPrescribed: true, sets: 2, reps: 10, painDuring: null, version: 1 });
    const stored = await testDb.exerciseLog.findUniqueOrThrow({ where: { id: log.id }, select: { program: { select: { version: true } }, patientId: true } });
    expect(stored).toEqual({ program: { version: 1 }, patientId: patient.patientId });
    const audit = await testDb.auditEvent.findMany({ where: { entityType: "ExerciseLog", entityId: log.id }, select: { action: true, actorId: true, patientId: true } });
    expect(audit).toEqual([{ action: "CREATE", actorId: patient.scope.actorId, patientId: patient.patientId }]);
  });

  it("keeps each log on its own version when the clinician saves a new one, and refuses items of the old version", async () => {
    const patient = await patientWithPlan(clinicA);
    const first = await logged(patient, patient.itemIds[0]!, YESTERDAY);
    const v2Items = await saveTestProgram(clinicA, patient.episodeId, 1, [{ ...itemFromLibrary("EX02"), reps: 12 }]);

    expect(await logExercise(patient.scope, logInput(patient.itemIds[0]!), TODAY)).toEqual({ ok: false, fieldErrors: { _form: [MESSAGES.planChanged] } });
    const second = await logged(patient, v2Items[0]!);
    expect(second.reps).toBe(12);

    const programs = await testDb.exerciseLog.findMany({
      where: { id: { in: [first.id, second.id] } },
      orderBy: { performedOn: "asc" },
      select: { reps: true, program: { select: { version: true } }, programItem: { select: { reps: true } } },
    });
    expect(programs).toEqual([
      { reps: 10, program: { version: 1 }, programItem: { reps: 10 } },
      { reps: 12, program: { version: 2 }, programItem: { reps: 12 } },
    ]);

    // The portal's plan is the new version, and yesterday's log of the old one still counts for the week.
    const current = await getCurrentProgram(patient.scope, patient.episodeId);
    expect(current?.version).toBe(2);
    const logs = await listEpisodeLogsSince(patient.scope, patient.episodeId, MONDAY);
    const [item] = buildPlanItems(current!.items.map((entry) => ({ ...entry, exercise: { name: "", illustration: "", instructions: "" }, paused: false })), logs, { today: TODAY, givenOn: MONDAY, phase: "ACUTE" });
    expect(item!.due).toEqual({ kind: "done", doneToday: 1 });
  });

  it("stores a log once when the same submission arrives several times at once", async () => {
    const patient = await patientWithPlan(clinicA);
    const input = logInput(patient.itemIds[1]!);
    const results = await Promise.all(Array.from({ length: 5 }, () => logExercise(patient.scope, input, TODAY)));
    const ids = new Set(results.map((result) => (result.ok ? result.value.id : "refused")));
    expect(ids.size).toBe(1);
    expect(ids.has("refused")).toBe(false);
    expect(await testDb.exerciseLog.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { entityType: "ExerciseLog", entityId: [...ids][0]! } })).toBe(1);
  });

  it("returns the stored log when a submission is retried later, and stores a new intent separately", async () => {
    const patient = await patientWithPlan(clinicA);
    const input = logInput(patient.itemIds[0]!);
    const first = await logExercise(patient.scope, input, TODAY);
    const retry = await logExercise(patient.scope, input, TODAY);
    expect(retry).toEqual(first);
    await logged(patient, patient.itemIds[0]!);
    expect(await testDb.exerciseLog.count({ where: { patientId: patient.patientId } })).toBe(2);
  });

  it("accepts today or yesterday in the patient's zone, and nothing else", async () => {
    const patient = await patientWithPlan(clinicA);
    expect((await logExercise(patient.scope, logInput(patient.itemIds[0]!, randomUUID(), YESTERDAY), TODAY)).ok).toBe(true);
    for (const performedOn of ["2026-11-24", "2026-11-27"]) {
      expect(await logExercise(patient.scope, logInput(patient.itemIds[0]!, randomUUID(), performedOn), TODAY)).toEqual({ ok: false, fieldErrors: { _form: [MESSAGES.wrongDay] } });
    }
  });

  it("answers NOT_FOUND for another patient's item, in the same clinic or another, and stores nothing", async () => {
    const owner = await patientWithPlan(clinicA);
    const sameClinic = await patientWithPlan(clinicA);
    const otherClinic = await patientWithPlan(clinicB);
    for (const intruder of [sameClinic, otherClinic]) {
      await expect(logExercise(intruder.scope, logInput(owner.itemIds[0]!), TODAY)).rejects.toEqual(new AppError("NOT_FOUND"));
    }
    expect(await testDb.exerciseLog.count({ where: { programItemId: BigInt(owner.itemIds[0]!) } })).toBe(0);
  });

  it("answers NOT_FOUND, never the stored log, when another patient reuses a patient's idempotency key", async () => {
    const owner = await patientWithPlan(clinicA);
    const intruder = await patientWithPlan(clinicA);
    const input = logInput(owner.itemIds[0]!);
    await logExercise(owner.scope, input, TODAY);
    await expect(logExercise(intruder.scope, { ...input, programItemId: intruder.itemIds[0]! }, TODAY)).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(logExercise(intruder.scope, input, TODAY)).rejects.toEqual(new AppError("NOT_FOUND"));
  });

  it("refuses logs once the episode is no longer active", async () => {
    const patient = await patientWithPlan(clinicA);
    await setEpisodeStatus(clinicA.scope, { episodeId: patient.episodeId, version: 1, status: "FINISHED" });
    await expect(logExercise(patient.scope, logInput(patient.itemIds[0]!), TODAY)).rejects.toEqual(new AppError("NOT_FOUND"));
  });
});

describe("portal reads", () => {
  it("never return another patient's program or logs", async () => {
    const owner = await patientWithPlan(clinicA);
    const intruder = await patientWithPlan(clinicA);
    await logged(owner, owner.itemIds[0]!);
    expect(await getCurrentProgram(intruder.scope, owner.episodeId)).toBeNull();
    expect(await listEpisodeLogsSince(intruder.scope, owner.episodeId, MONDAY)).toEqual([]);
    expect(await getMorningPain(intruder.scope, TODAY)).toBeNull();
  });

  it("take the state before a session from the latest rest rating of the episode or earlier morning rating, on or before its day [S45]", async () => {
    const patient = await patientWithPlan(clinicA);
    const before = async (sessionDate: string) => previousPainState(await listPainBefore(patient.scope, patient.episodeId, sessionDate), sessionDate);
    expect(await before("2026-11-25")).toBeNull();
    const assess = async (assessedOn: string, episodeId: string | null, values: [context: string, value: number][]) =>
      testDb.assessment.create({
        data: {
          clinicId: clinicA.clinicId,
          patientId: patient.patientId,
          episodeId,
          clinicianId: clinicA.scope.actorId,
          assessedOn: new Date(`${assessedOn}T00:00:00Z`),
          requestId: randomUUID(),
          measurements: { create: values.map(([context, value]) => ({ measureCode: "nprs", side: "NONE", context, value })) },
        },
      });
    await assess("2026-11-10", patient.episodeId, [["rest", 4], ["activity", 7]]);
    await assess("2026-11-20", patient.episodeId, [["rest", 2], ["activity", 5]]);
    await assess("2026-11-22", patient.episodeId, [["activity", 3]]);
    await assess("2026-11-24", null, [["rest", 6]]);
    await assess("2026-11-26", patient.episodeId, [["rest", 1]]);
    expect(await before("2026-11-25")).toBe(2);
    // A morning rating about the session of the 21st was given on the 22nd: later than the rest rating of the 20th.
    await testDb.morningPain.create({
      data: { clinicId: clinicA.clinicId, patientId: patient.patientId, episodeId: patient.episodeId, sessionDate: new Date("2026-11-21T00:00:00Z"), pain: 3 },
    });
    expect(await before("2026-11-25")).toBe(3);
    expect(await before("2026-11-21")).toBe(2);
  });
});

describe("correctLog", () => {
  it("records pain during and a note the same day, version-checked, with an audit event each", async () => {
    const patient = await patientWithPlan(clinicA);
    const log = await logged(patient, patient.itemIds[0]!);
    expect(await correctLog(patient.scope, { logId: log.id, version: 1, painDuring: 6 }, TODAY)).toEqual({ ok: true, value: { id: log.id, version: 2 } });
    expect(await correctLog(patient.scope, { logId: log.id, version: 2, note: "Felt it at the end" }, TODAY)).toEqual({ ok: true, value: { id: log.id, version: 3 } });
    const stored = await testDb.exerciseLog.findUniqueOrThrow({ where: { id: log.id }, select: { painDuring: true, note: true, asPrescribed: true } });
    expect(stored).toEqual({ painDuring: 6, note: "Felt it at the end", asPrescribed: true });
    expect(
      await testDb.auditEvent.findMany({ where: { entityId: log.id, action: "UPDATE", actorId: patient.scope.actorId }, orderBy: { id: "asc" }, select: { before: true, after: true } }),
    ).toEqual([
      { before: { painDuring: null }, after: { painDuring: 6 } },
      { before: { note: null }, after: { note: "Felt it at the end" } },
    ]);
  });

  it("stores the dose actually done and marks the log as not as prescribed", async () => {
    const patient = await patientWithPlan(clinicA);
    const log = await logged(patient, patient.itemIds[0]!);
    await correctLog(patient.scope, { logId: log.id, version: 1, dose: { sets: 1, reps: 8, holdSeconds: null, loadKg: 2.5 } }, TODAY);
    const stored = await testDb.exerciseLog.findUniqueOrThrow({ where: { id: log.id }, select: { sets: true, reps: true, loadKg: true, asPrescribed: true } });
    expect(stored).toEqual({ sets: 1, reps: 8, loadKg: 2.5, asPrescribed: false });
  });

  it("treats a retried change as done, but refuses a different change based on an old version", async () => {
    const patient = await patientWithPlan(clinicA);
    const log = await logged(patient, patient.itemIds[0]!);
    await correctLog(patient.scope, { logId: log.id, version: 1, painDuring: 3 }, TODAY);
    expect(await correctLog(patient.scope, { logId: log.id, version: 1, painDuring: 3 }, TODAY)).toEqual({ ok: true, value: { id: log.id, version: 2 } });
    expect(await correctLog(patient.scope, { logId: log.id, version: 1, painDuring: 7 }, TODAY)).toEqual({ ok: false, fieldErrors: { _form: [MESSAGES.changedElsewhere] } });
    expect((await testDb.exerciseLog.findUniqueOrThrow({ where: { id: log.id }, select: { painDuring: true } })).painDuring).toBe(3);
  });

  it("refuses a correction after the day, and another patient's log answers NOT_FOUND", async () => {
    const patient = await patientWithPlan(clinicA);
    const yesterdays = await logged(patient, patient.itemIds[0]!, YESTERDAY);
    expect(await correctLog(patient.scope, { logId: yesterdays.id, version: 1, painDuring: 1 }, TODAY)).toEqual({ ok: false, fieldErrors: { _form: [MESSAGES.pastDay] } });
    const intruder = await patientWithPlan(clinicB);
    await expect(correctLog(intruder.scope, { logId: yesterdays.id, version: 1, painDuring: 1 }, YESTERDAY)).rejects.toEqual(new AppError("NOT_FOUND"));
    expect((await testDb.exerciseLog.findUniqueOrThrow({ where: { id: yesterdays.id }, select: { painDuring: true } })).painDuring).toBeNull();
  });
});

describe("recordMorningPain", () => {
  it("asks only about a day with a session, and stores one answer per day even when sent twice at once", async () => {
    const patient = await patientWithPlan(clinicA);
    expect(await recordMorningPain(patient.scope, { sessionDate: YESTERDAY, pain: 3 }, TODAY)).toEqual({ ok: false, fieldErrors: { _form: [MESSAGES.noSession] } });
    await logged(patient, patient.itemIds[0]!, YESTERDAY);
    const answers = await Promise.all([4, 4].map((pain) => recordMorningPain(patient.scope, { sessionDate: YESTERDAY, pain }, TODAY)));
    expect(answers).toEqual([
      { ok: true, value: { pain: 4 } },
      { ok: true, value: { pain: 4 } },
    ]);
    expect(await testDb.morningPain.count({ where: { patientId: patient.patientId } })).toBe(1);
    expect(await getMorningPain(patient.scope, YESTERDAY)).toEqual({ pain: 4 });
    const audit = await testDb.auditEvent.findMany({ where: { entityType: "MorningPain", patientId: patient.patientId }, select: { action: true } });
    expect(audit.map((event) => event.action).sort()).toEqual(["CREATE", "UPDATE"]);
  });

  it("is only about yesterday", async () => {
    const patient = await patientWithPlan(clinicA);
    await logged(patient, patient.itemIds[0]!);
    expect(await recordMorningPain(patient.scope, { sessionDate: TODAY, pain: 2 }, TODAY)).toEqual({ ok: false, fieldErrors: { _form: [MESSAGES.wrongDay] } });
  });
});
