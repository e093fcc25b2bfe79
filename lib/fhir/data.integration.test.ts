import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientScopeOf, type PatientScope } from "@/lib/core/auth/session";
import { todayIsoDate } from "@/lib/core/dates";
import { createCareScenario, type CareScenario } from "@/prisma/care-factories";
import { hashForTests } from "@/prisma/factories";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { readOwnRecord, readPatientRecord } from "./data";

/**
 * The export reads one patient's whole record: everything of theirs in the clinic, nothing of anyone
 * else's, for staff of the clinic and for the patient themself, and nothing at all for another clinic.
 */
const today = todayIsoDate();
let clinic: TestClinic;
let otherClinic: TestClinic;
let ownerId: string;
let neighbourId: string;
let ownerScope: PatientScope;

const scenario = (target: TestClinic, lastName: string): CareScenario => ({
  clinicId: target.clinicId,
  clinicianId: target.scope.actorId,
  patient: { firstName: "Export", lastName, recordNumber: `X-${randomUUID().slice(0, 8)}` },
  phase: "SUBACUTE",
  onsetDaysAgo: 40,
  programs: [
    { daysAgo: 30, items: [{ exerciseCode: "EX01", sets: 3, reps: 10, perWeek: 3 }] },
    { daysAgo: 10, items: [{ exerciseCode: "EX01", sets: 3, reps: 12, perWeek: 3 }, { exerciseCode: "EX21", sets: 2, holdSeconds: 30, perDay: 2 }] },
  ],
  logs: [{ daysAgo: 20, painDuring: 3 }, { daysAgo: 5, painDuring: 2 }, { daysAgo: 2 }],
  morningPains: [{ daysAgo: 5, pain: 2 }],
  assessments: [{ daysAgo: 35, restPain: 5, measurements: [{ measureCode: "ake-knee-flex-angle", side: "RIGHT", value: 34 }] }, { daysAgo: 3, restPain: 2 }],
  cramps: [{ daysAgo: 4, context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_MEDIAL" }],
});

beforeAll(async () => {
  [clinic, otherClinic] = await Promise.all([createTestClinic(), createTestClinic()]);
  const email = `export-${randomUUID()}@test.example`;
  ({ patientId: ownerId } = await createCareScenario(testDb, today, { ...scenario(clinic, "Owner"), portalAccount: { email, passwordHash: await hashForTests() } }));
  ({ patientId: neighbourId } = await createCareScenario(testDb, today, scenario(clinic, "Neighbour")));
  await createCareScenario(testDb, today, scenario(otherClinic, "Elsewhere"));
  const account = await testDb.user.findUniqueOrThrow({ where: { email } });
  ownerScope = (await patientScopeOf({ id: account.id, name: account.name, role: "PATIENT", clinicId: clinic.clinicId, patientId: ownerId, clinicTimeZone: "UTC" }))!;
});

afterAll(() => testDb.$disconnect());

describe("readPatientRecord", () => {
  it("holds every record of the patient in the clinic, with the exercise names and doses they were given", async () => {
    const record = (await readPatientRecord(clinic.scope, ownerId))!;
    expect(record.patient).toMatchObject({ id: ownerId, lastName: "Owner" });
    expect(record.episodes).toHaveLength(1);
    expect(record.assessments.map((assessment) => assessment.rows.length)).toEqual([2, 1]);
    expect(record.programs.map((program) => program.items.map((item) => [item.exerciseName !== item.exerciseCode, item.sets, item.reps]))).toEqual([
      [[true, 3, 10]],
      [[true, 3, 12], [true, 2, null]],
    ]);
    // Two sessions under version 2 (two items each) and one under version 1.
    expect(record.exerciseLogs).toHaveLength(5);
    expect(record.morningPains).toHaveLength(1);
    expect(record.cramps).toHaveLength(1);
    expect(record.staff.map((member) => member.id)).toEqual([clinic.scope.actorId]);
  });

  it("names nothing of another patient of the same clinic", async () => {
    const record = await readPatientRecord(clinic.scope, ownerId);
    const [neighbourEpisode, neighbourLogs] = await Promise.all([
      testDb.episode.findFirstOrThrow({ where: { patientId: neighbourId }, select: { id: true } }),
      testDb.exerciseLog.findMany({ where: { patientId: neighbourId }, select: { id: true } }),
    ]);
    const text = JSON.stringify(record);
    for (const id of [neighbourId, neighbourEpisode.id, ...neighbourLogs.map((log) => log.id)]) expect(text).not.toContain(id);
    expect(text).not.toContain("Neighbour");
  });

  it("is null for another clinic's staff, as if the patient did not exist", async () => {
    expect(await readPatientRecord(otherClinic.scope, ownerId)).toBeNull();
    expect(await readPatientRecord(clinic.scope, randomUUID())).toBeNull();
  });
});

describe("readOwnRecord", () => {
  it("gives the signed-in patient their own record, the same one staff export", async () => {
    const own = await readOwnRecord(ownerScope);
    expect(own).toEqual(await readPatientRecord(clinic.scope, ownerId));
    expect(JSON.stringify(own)).not.toContain(neighbourId);
  });
});
