import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/assessments/mutations";
import { emptyAssessment } from "@/lib/assessments/schema";
import { patientScopeOf, type PatientScope } from "@/lib/core/auth/session";
import { setEpisodeStatus } from "@/lib/episodes/mutations";
import { createPatient } from "@/lib/patients/mutations";
import { saveProgram } from "@/lib/programs/mutations";
import { itemFromLibrary } from "@/lib/programs/items";
import { createUser, hashForTests } from "@/prisma/factories";
import { createTestClinic, openTestEpisode, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { getPortalProgressData } from "./data";

type Clinic = TestClinic;
const FROM = "2026-10-26";

let clinic: Clinic;
let otherClinic: Clinic;
let passwordHash: string;

/** A patient with a portal account, and the scope their signed-in session would get. */
async function portalPatient(owner: Clinic): Promise<{ id: string; scope: PatientScope }> {
  const created = await createPatient(owner.scope, patientFields());
  if (!created.ok) throw new Error("patient not created");
  const user = await createUser(testDb, { clinicId: owner.clinicId, email: `${randomUUID()}@patient.test`, name: "Portal Patient", role: "PATIENT", passwordHash });
  await testDb.patient.update({ where: { id: created.value.id }, data: { portalUserId: user.id } });
  const scope = await patientScopeOf({ id: user.id, name: "Portal Patient", role: "PATIENT", clinicId: owner.clinicId, patientId: created.value.id, clinicTimeZone: "UTC" });
  if (!scope) throw new Error("no portal scope");
  return { id: created.value.id, scope };
}

/** An episode with a one-exercise program, AKE assessed twice, and logs with the given pain on the given days. */
async function episodeWithLogs(owner: Clinic, patientId: string, pain: number, days: string[], ake: [string, string]) {
  const episodeId = await openTestEpisode(owner, patientId, { diagnosis: "Right hamstring strain", side: "RIGHT", onsetDate: "2026-10-20" });
  await saveProgram(owner.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromLibrary("EX12")] });
  const program = await testDb.program.findFirstOrThrow({ where: { episodeId }, select: { id: true, items: { select: { id: true } } } });
  for (const [index, value] of ake.entries()) {
    const form = emptyAssessment(owner.scope.actorId, `2026-11-0${index + 1}`, episodeId);
    form.measures["ake-knee-flex-angle"].right = value;
    await createAssessment(owner.scope, { ...form, patientId, requestId: randomUUID() });
  }
  const common = { clinicId: owner.clinicId, patientId, episodeId };
  for (const day of days) {
    await testDb.exerciseLog.create({
      data: {
        ...common,
        programId: program.id,
        programItemId: program.items[0]!.id,
        exerciseCode: "EX12",
        performedOn: new Date(`${day}T00:00:00Z`),
        asPrescribed: true,
        painDuring: pain,
        idempotencyKey: randomUUID(),
      },
    });
    await testDb.morningPain.create({ data: { ...common, sessionDate: new Date(`${day}T00:00:00Z`), pain } });
  }
  return { episodeId, itemId: String(program.items[0]!.id) };
}

beforeAll(async () => {
  passwordHash = await hashForTests();
  clinic = await createTestClinic();
  otherClinic = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("getPortalProgressData", () => {
  it("returns only the signed-in patient's own episode, logs, pain and assessments", async () => {
    const alex = await portalPatient(clinic);
    const blake = await portalPatient(clinic);
    await episodeWithLogs(clinic, alex.id, 7, ["2026-11-02", "2026-11-03", "2026-11-04"], ["41", "20"]);
    const blakes = await episodeWithLogs(clinic, blake.id, 2, ["2026-11-10"], ["35", "30"]);

    const data = await getPortalProgressData(blake.scope, FROM);
    expect(data.logs).toEqual([{ programItemId: blakes.itemId, exerciseCode: expect.any(String), performedOn: "2026-11-10", painDuring: 2 }]);
    expect(data.morningPain).toEqual([{ day: "2026-11-10", pain: 2 }]);
    expect(data.episode?.assessments.map((assessment) => assessment.rows.map((row) => row.value))).toEqual([[35], [30]]);
    expect(data.episode?.versions.map((version) => version.items.map((item) => [item.id, item.exerciseCode]))).toEqual([[[blakes.itemId, "EX12"]]]);
    expect(data.hasLogged).toBe(true);
  });

  it("gives a patient with no episode nothing, even when another patient of the clinic has logs", async () => {
    const alex = await portalPatient(clinic);
    const casey = await portalPatient(clinic);
    await episodeWithLogs(clinic, alex.id, 5, ["2026-11-05"], ["40", "30"]);
    expect(await getPortalProgressData(casey.scope, FROM)).toEqual({ episode: null, logs: [], morningPain: [], hasLogged: false });
  });

  it("finds nothing when the scope's clinic is not the patient's", async () => {
    const alex = await portalPatient(clinic);
    await episodeWithLogs(clinic, alex.id, 5, ["2026-11-05"], ["40", "30"]);
    const crossed = { ...alex.scope, clinicId: otherClinic.clinicId } as PatientScope;
    expect((await getPortalProgressData(crossed, FROM)).episode).toBeNull();
  });

  it("loads logs from the window only, but remembers that the patient logged before it", async () => {
    const dana = await portalPatient(clinic);
    await episodeWithLogs(clinic, dana.id, 3, ["2026-10-01", "2026-11-12"], ["40", "30"]);
    const data = await getPortalProgressData(dana.scope, FROM);
    expect(data.logs.map((log) => log.performedOn)).toEqual(["2026-11-12"]);
    expect(data.hasLogged).toBe(true);
  });

  it("keeps an episode on hold as the current one, with its status history, and drops a finished one", async () => {
    const eli = await portalPatient(clinic);
    const { episodeId } = await episodeWithLogs(clinic, eli.id, 3, ["2026-11-12"], ["40", "30"]);
    await setEpisodeStatus(clinic.scope, { episodeId, version: 1, status: "ON_HOLD" });
    const onHold = await getPortalProgressData(eli.scope, FROM);
    expect(onHold.episode?.status).toBe("ON_HOLD");
    expect(onHold.episode?.statusChanges.map((change) => change.toStatus)).toEqual(["ON_HOLD"]);
    await setEpisodeStatus(clinic.scope, { episodeId, version: 2, status: "FINISHED" });
    expect((await getPortalProgressData(eli.scope, FROM)).episode).toBeNull();
  });
});
