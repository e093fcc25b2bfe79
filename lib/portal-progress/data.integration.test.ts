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
import { isMeasureCode } from "@/lib/assessments/catalogue";
import { measuredInAcutePhase } from "@/lib/assessments/phase-at-measurement";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { withStepBackPauses } from "@/lib/programs/paused-items";
import { getPortalProgressData } from "./data";
import { PORTAL_MEASURE_CODES } from "./measures";

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

describe("the current episode's SQL", () => {
  /** The episode part as Prisma's relation loading read it before the read became SQL (data.ts): the reference. */
  async function episodeThroughPrisma(scope: PatientScope) {
    const owned = { clinicId: scope.clinicId, patientId: scope.patientId };
    const episode = await testDb.episode.findFirstOrThrow({
      where: { ...owned, status: { in: ["ACTIVE", "ON_HOLD"] } },
      orderBy: { createdAt: "desc" },
      select: {
        ...{ side: true, phase: true, status: true },
        programs: {
          orderBy: { version: "asc" },
          select: { createdAt: true, phase: true, items: { orderBy: { position: "asc" }, select: { id: true, exerciseCode: true, perWeek: true, perDay: true, everyDays: true } } },
        },
        statusChanges: { orderBy: { changedAt: "asc" }, select: { toStatus: true, changedAt: true } },
        phaseChanges: { orderBy: { changedAt: "asc" }, select: { toPhase: true, changedAt: true } },
        assessments: {
          where: owned,
          orderBy: [{ assessedOn: "asc" }, { createdAt: "asc" }],
          select: { assessedOn: true, measurements: { where: { measureCode: { in: PORTAL_MEASURE_CODES } }, orderBy: { id: "asc" }, select: { measureCode: true, side: true, value: true, method: true, context: true, flag: true } } },
        },
      },
    });
    const day = (instant: Date) => instant.toISOString().slice(0, 10);
    const catalogue = await loadExerciseCatalogue(scope);
    return {
      side: episode.side,
      phase: episode.phase,
      status: episode.status,
      versions: withStepBackPauses(
        episode.programs.map((program) => ({ from: day(program.createdAt), phase: program.phase, items: program.items.map((item) => ({ ...item, id: String(item.id) })) })),
        episode.phaseChanges.map((change) => ({ toPhase: change.toPhase, on: day(change.changedAt) })),
        catalogue.byCode,
      ),
      statusChanges: episode.statusChanges.map((change) => ({ toStatus: change.toStatus, on: day(change.changedAt) })),
      assessments: episode.assessments.map((assessment) => ({
        assessedOn: day(assessment.assessedOn),
        acutePhase: measuredInAcutePhase(episode.phaseChanges, day(assessment.assessedOn), scope.clinicTimeZone),
        rows: assessment.measurements.filter((row) => isMeasureCode(row.measureCode)),
      })),
    };
  }

  it("reads versions with their items, phase and status history and the portal's measures as Prisma's relation loading did", async () => {
    const fay = await portalPatient(clinic);
    const { episodeId } = await episodeWithLogs(clinic, fay.id, 2, ["2026-11-12"], ["40", "30"]);
    expect(await saveProgram(clinic.scope, { episodeId, baseVersion: 1, note: "", items: [itemFromLibrary("EX12"), itemFromLibrary("EX25")] })).toMatchObject({ ok: true });
    // Opened acute at its onset, subacute from midday on the first assessment's day (assessed 1 and 2 November).
    await testDb.phaseChange.updateMany({ where: { episodeId }, data: { changedAt: new Date("2026-10-20T09:00:00Z") } });
    await testDb.phaseChange.create({
      data: { clinicId: clinic.clinicId, episodeId, fromPhase: "ACUTE", toPhase: "SUBACUTE", changedById: clinic.scope.actorId, changedAt: new Date("2026-11-01T12:00:00Z") },
    });
    await setEpisodeStatus(clinic.scope, { episodeId, version: 1, status: "ON_HOLD" });

    const { episode } = await getPortalProgressData(fay.scope, FROM);
    expect(episode).toEqual(await episodeThroughPrisma(fay.scope));
    expect(episode?.versions.map((version) => version.items.length)).toEqual([1, 2]);
    expect(episode?.assessments.map((assessment) => assessment.acutePhase)).toEqual([true, false]);
    expect(episode?.assessments.every((assessment) => assessment.rows.some((row) => row.measureCode === "ake-knee-flex-angle"))).toBe(true);
  });
});
