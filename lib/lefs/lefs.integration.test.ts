import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { createPatient, setPatientArchived } from "@/lib/patients/mutations";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { createPortalPatient } from "@/scripts/testing/portal-patient-fixture";
import { getOwnOpenQuestionnaire, getOwnQuestionnaire, listOwnQuestionnaires } from "./data";
import { answerLefs, requestLefs } from "./mutations";

type Clinic = TestClinic;
type PortalPatient = Awaited<ReturnType<typeof createPortalPatient>>;
let clinicA: Clinic;
let clinicB: Clinic;

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

async function requested(patient: PortalPatient, clinic = clinicA) {
  const result = await requestLefs(clinic.scope, { patientId: patient.patientId });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value.id;
}

/** Answers items `from`–`to` with the given score, one after another. */
async function answerItems(patient: PortalPatient, questionnaireId: string, from: number, to: number, score = 3) {
  let last;
  for (let item = from; item <= to; item++) last = await answerLefs(patient.scope, { questionnaireId, item, score });
  return last;
}

describe("asking for a LEFS", () => {
  it("opens one questionnaire with a REQUEST audit event; a second request while it is open is refused and says so", async () => {
    const patient = await createPortalPatient(clinicA);
    const id = await requested(patient);
    expect(await testDb.auditEvent.findMany({ where: { entityId: id }, select: { action: true, actorId: true } })).toEqual([
      { action: "REQUEST", actorId: clinicA.scope.actorId },
    ]);
    const again = await requestLefs(clinicA.scope, { patientId: patient.patientId });
    expect(again.ok).toBe(false);
    expect(again.ok ? [] : again.fieldErrors._form).toEqual([expect.stringMatching(/is still waiting for the patient/)]);
    expect(await testDb.lefsQuestionnaire.count({ where: { patientId: patient.patientId } })).toBe(1);
  });

  it("opens exactly one when two clinicians ask at the same moment", async () => {
    const patient = await createPortalPatient(clinicA);
    const results = await Promise.all([1, 2, 3].map(() => requestLefs(clinicA.scope, { patientId: patient.patientId })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await testDb.lefsQuestionnaire.count({ where: { patientId: patient.patientId } })).toBe(1);
  });

  it("answers NOT_FOUND for another clinic's patient and refuses patients who cannot answer", async () => {
    const patient = await createPortalPatient(clinicA);
    await expect(requestLefs(clinicB.scope, { patientId: patient.patientId })).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(requestLefs(clinicA.scope, { patientId: randomUUID() })).rejects.toEqual(new AppError("NOT_FOUND"));

    const withoutPortal = await createPatient(clinicA.scope, patientFields());
    const noPortal = await requestLefs(clinicA.scope, { patientId: withoutPortal.ok ? withoutPortal.value.id : "" });
    expect(noPortal.ok ? [] : noPortal.fieldErrors._form).toEqual([expect.stringMatching(/no portal account/)]);

    await setPatientArchived(clinicA.scope, { id: patient.patientId, archived: true });
    const archived = await requestLefs(clinicA.scope, { patientId: patient.patientId });
    expect(archived.ok ? [] : archived.fieldErrors._form).toEqual(["Restore this patient before asking for a questionnaire."]);
    expect(await testDb.lefsQuestionnaire.count({ where: { patientId: patient.patientId } })).toBe(0);
  });
});

describe("answering a LEFS", () => {
  it("sets the total and completion time only with the 20th answer, in the same save", async () => {
    const patient = await createPortalPatient(clinicA);
    const id = await requested(patient);
    expect(await answerItems(patient, id, 1, 19, 3)).toEqual({ ok: true, value: { answered: 19, total: null, completedAt: null } });
    expect(await testDb.lefsQuestionnaire.findUnique({ where: { id }, select: { total: true, completedAt: true } })).toEqual({ total: null, completedAt: null });
    expect((await getOwnOpenQuestionnaire(patient.scope))?.answered).toBe(19);

    // Changing an earlier answer replaces it rather than adding one.
    await answerLefs(patient.scope, { questionnaireId: id, item: 1, score: 4 });
    const last = await answerLefs(patient.scope, { questionnaireId: id, item: 20, score: 0 });
    expect(last).toEqual({ ok: true, value: { answered: 20, total: 19 * 3 + 1, completedAt: expect.any(String) } });
    const stored = await testDb.lefsQuestionnaire.findUnique({ where: { id }, select: { total: true, completedAt: true } });
    expect(stored?.total).toBe(58);
    expect(stored?.completedAt?.toISOString()).toBe(last.ok ? last.value.completedAt : "");
    expect(await getOwnOpenQuestionnaire(patient.scope)).toBeNull();
    expect(await testDb.auditEvent.count({ where: { entityId: id, action: "UPDATE" } })).toBe(21);
  });

  it("completes when the last two answers are saved at the same moment", async () => {
    const patient = await createPortalPatient(clinicA);
    const id = await requested(patient);
    await answerItems(patient, id, 1, 18, 4);
    await Promise.all([answerLefs(patient.scope, { questionnaireId: id, item: 19, score: 4 }), answerLefs(patient.scope, { questionnaireId: id, item: 20, score: 4 })]);
    expect(await testDb.lefsQuestionnaire.findUnique({ where: { id }, select: { total: true } })).toEqual({ total: 80 });
  });

  it("keeps a completed questionnaire's answers fixed, and lets the clinician ask for the next one", async () => {
    const patient = await createPortalPatient(clinicA);
    const id = await requested(patient);
    await answerItems(patient, id, 1, 20, 2);
    const late = await answerLefs(patient.scope, { questionnaireId: id, item: 5, score: 4 });
    expect(late.ok ? [] : late.fieldErrors._form).toEqual(["This questionnaire is already complete, so its answers can no longer change."]);
    expect((await getOwnQuestionnaire(patient.scope, id))?.total).toBe(40);
    const next = await requestLefs(clinicA.scope, { patientId: patient.patientId });
    expect(next.ok).toBe(true);
    expect((await listOwnQuestionnaires(patient.scope)).map((questionnaire) => questionnaire.total)).toEqual([null, 40]);
  });

  it("does not let patient B of the same clinic read or answer patient A's questionnaire", async () => {
    const patientA = await createPortalPatient(clinicA);
    const patientB = await createPortalPatient(clinicA);
    const id = await requested(patientA);
    await answerLefs(patientA.scope, { questionnaireId: id, item: 1, score: 2 });
    await expect(answerLefs(patientB.scope, { questionnaireId: id, item: 2, score: 4 })).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await getOwnQuestionnaire(patientB.scope, id)).toBeNull();
    expect(await listOwnQuestionnaires(patientB.scope)).toEqual([]);
    expect(await getOwnOpenQuestionnaire(patientB.scope)).toBeNull();
    expect((await getOwnQuestionnaire(patientA.scope, id))?.answers).toEqual({ 1: 2 });
  });
});
