import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acuteBetween } from "@/lib/assessments/changes";
import { listPatientAssessments } from "@/lib/assessments/data";
import { createAssessment } from "@/lib/assessments/mutations";
import { emptyAssessment } from "@/lib/assessments/schema";
import { addDays } from "@/lib/core/calendar";
import { todayIsoDate } from "@/lib/core/dates";
import { AppError } from "@/lib/core/errors";
import { createCareScenario } from "@/prisma/care-factories";
import { createPatient } from "@/lib/patients/mutations";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { exerciseByCode } from "@/lib/exercises/library";
import { getEpisode, listGateEvidence, listPatientEpisodes } from "./data";
import { adherenceOverWindow } from "./gate-evidence";
import { changePhase, openEpisode, setEpisodeStatus } from "./mutations";
import type { OpenEpisodeInput } from "./schema";

type Clinic = TestClinic;
let clinicA: Clinic;
let clinicB: Clinic;
let patientId: string;

const episodeInput = (clinic: Clinic, requestId = randomUUID()): OpenEpisodeInput => ({
  patientId,
  requestId,
  diagnosis: "Right hamstring strain",
  icd10Code: "S76.3",
  side: "RIGHT",
  onsetDate: "2026-11-01",
  mechanism: "SPRINTING",
  clinicianId: clinic.scope.actorId,
});

async function open(clinic: Clinic) {
  const result = await openEpisode(clinic.scope, episodeInput(clinic));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value.id;
}

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
  const patient = await createPatient(clinicA.scope, patientFields());
  if (!patient.ok) throw new Error("patient not created");
  patientId = patient.value.id;
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("episodes of care", () => {
  it("opens in the acute phase with a first history entry and an audit event; a repeat opens nothing new", async () => {
    const input = episodeInput(clinicA);
    const [first, again] = await Promise.all([openEpisode(clinicA.scope, input), openEpisode(clinicA.scope, input)]);
    expect(first.ok && again.ok && first.value.id === again.value.id).toBe(true);
    const id = first.ok ? first.value.id : "";
    const episode = await getEpisode(clinicA.scope, patientId, id);
    expect(episode).toMatchObject({ phase: "ACUTE", status: "ACTIVE", icd10Code: "S76.3", version: 1 });
    expect(episode?.phaseChanges).toEqual([expect.objectContaining({ fromPhase: null, toPhase: "ACUTE", reason: "Episode opened" })]);
    expect(await testDb.auditEvent.count({ where: { entityId: id, action: "CREATE" } })).toBe(1);
  });

  it("advances and steps back with a dated history of who and why", async () => {
    const id = await open(clinicA);
    await changePhase(clinicA.scope, { episodeId: id, version: 1, direction: "advance", reason: "Gate met" });
    await changePhase(clinicA.scope, { episodeId: id, version: 2, direction: "step-back", reason: "Flare-up after sprinting" });
    const episode = await getEpisode(clinicA.scope, patientId, id);
    expect(episode?.phase).toBe("ACUTE");
    expect(episode?.phaseChanges.map((change) => [change.fromPhase, change.toPhase, change.reason])).toEqual([
      [null, "ACUTE", "Episode opened"],
      ["ACUTE", "SUBACUTE", "Gate met"],
      ["SUBACUTE", "ACUTE", "Flare-up after sprinting"],
    ]);
    expect(
      await testDb.auditEvent.findMany({ where: { entityId: id, action: "PHASE_CHANGE" }, orderBy: { id: "asc" }, select: { before: true, after: true } }),
    ).toEqual([
      { before: { phase: "ACUTE" }, after: { phase: "SUBACUTE" } },
      { before: { phase: "SUBACUTE" }, after: { phase: "ACUTE" } },
    ]);
  });

  it("moves on against a gate that is not ready only with a reason, and keeps the checklist as it stood", async () => {
    const id = await open(clinicA);
    expect(await changePhase(clinicA.scope, { episodeId: id, version: 1, direction: "advance", reason: "" })).toEqual({
      ok: false,
      fieldErrors: { reason: ["The gate is not met or not fully recorded: say why the patient is moving on anyway."] },
    });
    expect((await getEpisode(clinicA.scope, patientId, id))?.phase).toBe("ACUTE");

    await changePhase(clinicA.scope, { episodeId: id, version: 1, direction: "advance", reason: "Pain-free jogging seen in clinic" });
    const [, advanced] = (await getEpisode(clinicA.scope, patientId, id))!.phaseChanges;
    expect(advanced!.gate?.ready).toBe(false);
    expect(advanced!.gate?.criteria.map((criterion) => criterion.status)).toEqual(["missing", "missing", "met", "missing"]);
  });

  it("moves on without a reason once every criterion is recorded and met", async () => {
    const today = todayIsoDate();
    const { episodeId, patientId: readyPatient } = await createCareScenario(testDb, today, {
      clinicId: clinicA.clinicId,
      clinicianId: clinicA.scope.actorId,
      patient: { firstName: "Gate", lastName: "Ready", recordNumber: `G-${randomUUID().slice(0, 8)}` },
      phase: "ACUTE",
      onsetDaysAgo: 10,
      programs: [{ daysAgo: 10, items: [{ exerciseCode: "EX25", sets: 2, reps: 10, perWeek: 7 }] }],
      logs: Array.from({ length: 9 }, (_, daysAgo) => ({ daysAgo, painDuring: 1 })),
      assessments: [{ daysAgo: 2, kneeFlexionPainful: false }],
    });
    expect(await changePhase(clinicA.scope, { episodeId, version: 1, direction: "advance", reason: "" }, today)).toEqual({ ok: true, value: { id: episodeId } });
    const [, advanced] = (await getEpisode(clinicA.scope, readyPatient, episodeId))!.phaseChanges;
    expect(advanced).toMatchObject({ toPhase: "SUBACUTE", reason: "", gate: { ready: true } });
  });

  it("does not count the work a step back paused against the patient's adherence", async () => {
    const today = todayIsoDate();
    const { episodeId } = await createCareScenario(testDb, today, {
      clinicId: clinicA.clinicId,
      clinicianId: clinicA.scope.actorId,
      patient: { firstName: "Stepped", lastName: "Back", recordNumber: `SB-${randomUUID().slice(0, 8)}` },
      phase: "ACUTE",
      onsetDaysAgo: 30,
      programs: [{ daysAgo: 20, items: [{ exerciseCode: "EX25", sets: 2, reps: 10, perWeek: 7 }, { exerciseCode: "EX30", sets: 2, reps: 5, perWeek: 7 }] }],
      logs: Array.from({ length: 10 }, (_, daysAgo) => ({ daysAgo, painDuring: 0 })),
    });
    // The program was given in the subacute phase; the episode stepped back to acute ten days ago.
    await testDb.program.updateMany({ where: { episodeId }, data: { phase: "SUBACUTE" } });
    const on = (daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T12:00:00Z`);
    await testDb.phaseChange.updateMany({ where: { episodeId }, data: { changedAt: on(30) } });
    await testDb.phaseChange.createMany({
      data: [
        { clinicId: clinicA.clinicId, episodeId, fromPhase: "ACUTE", toPhase: "SUBACUTE", changedById: clinicA.scope.actorId, changedAt: on(25) },
        { clinicId: clinicA.clinicId, episodeId, fromPhase: "SUBACUTE", toPhase: "ACUTE", changedById: clinicA.scope.actorId, reason: "Flare-up", changedAt: on(10) },
      ],
    });
    // Only the bridge was logged: the Nordic, paused since the step back, is not missed.
    await testDb.exerciseLog.deleteMany({ where: { episodeId, exerciseCode: "EX30" } });
    const evidence = (await listGateEvidence(clinicA.scope, [episodeId], today, exerciseByCode)).get(episodeId)!;
    expect(adherenceOverWindow(evidence, today)).toBe(100);
  });

  it("refuses a phase change based on an outdated version, and changes outside the phase range", async () => {
    const id = await open(clinicA);
    await changePhase(clinicA.scope, { episodeId: id, version: 1, direction: "advance", reason: "Clinical judgement" });
    await expect(changePhase(clinicA.scope, { episodeId: id, version: 1, direction: "advance", reason: "Clinical judgement" })).rejects.toEqual(new AppError("CONFLICT"));
    const other = await open(clinicA);
    expect(await changePhase(clinicA.scope, { episodeId: other, version: 1, direction: "step-back", reason: "flare" })).toEqual({
      ok: false,
      fieldErrors: { direction: ["Acute is the first phase."] },
    });
  });

  it("does not change the phase of an episode on hold", async () => {
    const id = await open(clinicA);
    await setEpisodeStatus(clinicA.scope, { episodeId: id, version: 1, status: "ON_HOLD" });
    const result = await changePhase(clinicA.scope, { episodeId: id, version: 2, direction: "advance", reason: "Clinical judgement" });
    expect(result.ok).toBe(false);
    expect((await getEpisode(clinicA.scope, patientId, id))?.phase).toBe("ACUTE");
  });

  it("answers NOT_FOUND to another clinic for reading, changing and opening", async () => {
    const id = await open(clinicA);
    expect(await getEpisode(clinicB.scope, patientId, id)).toBeNull();
    expect(await listPatientEpisodes(clinicB.scope, patientId)).toEqual([]);
    await expect(changePhase(clinicB.scope, { episodeId: id, version: 1, direction: "advance", reason: "Clinical judgement" })).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(openEpisode(clinicB.scope, episodeInput(clinicB))).rejects.toEqual(new AppError("NOT_FOUND"));
  });

  it("marks each assessment with the phase its episode was in that day, which stays when the episode moves on", async () => {
    const patient = await createPatient(clinicA.scope, patientFields());
    const ownPatient = patient.ok ? patient.value.id : "";
    const opened = await openEpisode(clinicA.scope, { ...episodeInput(clinicA), patientId: ownPatient });
    const id = opened.ok ? opened.value.id : "";
    const today = todayIsoDate();
    const assess = (assessedOn: string) => createAssessment(clinicA.scope, { ...emptyAssessment(clinicA.scope.actorId, assessedOn, id), patientId: ownPatient, requestId: randomUUID() });
    await assess(addDays(today, -12));
    await changePhase(clinicA.scope, { episodeId: id, version: 1, direction: "advance", reason: "Clinical judgement" });
    // The episode opened twenty days ago and moved on ten days ago.
    const on = (daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T12:00:00Z`);
    await testDb.phaseChange.updateMany({ where: { episodeId: id, toPhase: "ACUTE" }, data: { changedAt: on(20) } });
    await testDb.phaseChange.updateMany({ where: { episodeId: id, toPhase: "SUBACUTE" }, data: { changedAt: on(10) } });
    await assess(today);
    const assessments = await listPatientAssessments(clinicA.scope, ownPatient);
    expect(assessments.map((assessment) => assessment.acutePhase)).toEqual([true, false]);
    expect(acuteBetween(assessments[0]!, assessments[1]!)).toBe(true);
  });

  it("links an assessment only to an episode of the same patient", async () => {
    const id = await open(clinicA);
    const values = { ...emptyAssessment(clinicA.scope.actorId, "2026-11-10", id), patientId, requestId: randomUUID() };
    const linked = await createAssessment(clinicA.scope, values);
    expect(linked.ok).toBe(true);
    const other = await createPatient(clinicA.scope, patientFields());
    const otherPatientId = other.ok ? other.value.id : "";
    const wrong = await createAssessment(clinicA.scope, { ...values, patientId: otherPatientId, requestId: randomUUID() });
    expect(wrong).toEqual({ ok: false, fieldErrors: { episodeId: ["Choose one of this patient's episodes."] } });
  });
});
