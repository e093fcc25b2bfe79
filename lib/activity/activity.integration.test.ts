import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPatient, updatePatient } from "@/lib/patients/mutations";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { getActivityFilters, listActivity } from "./data";
import { DEFAULT_ACTIVITY_PARAMS, type ActivityParams } from "./activity-url";

let clinicA: TestClinic;
let clinicB: TestClinic;
let patientId: string;
let otherPatientId: string;
let foreignPatientId: string;

const params = (change: Partial<ActivityParams> = {}): ActivityParams => ({ ...DEFAULT_ACTIVITY_PARAMS, ...change });

/** Events written straight into the table (inserts are what it allows), at chosen times. */
async function events(clinic: TestClinic, count: number, at: (index: number) => Date, extra: { patientId?: string; action?: string } = {}) {
  await testDb.auditEvent.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      clinicId: clinic.clinicId,
      actorId: clinic.scope.actorId,
      action: extra.action ?? "CREATE",
      entityType: "ExerciseLog",
      entityId: String(index),
      patientId: extra.patientId,
      at: at(index),
    })),
  });
}

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
  const original = patientFields({ firstName: "Wren", lastName: "Audited" });
  const created = await createPatient(clinicA.scope, original);
  patientId = created.ok ? created.value.id : "";
  await updatePatient(clinicA.scope, { ...original, lastName: "Renamed", id: patientId, version: 1 });
  const other = await createPatient(clinicA.scope, patientFields());
  otherPatientId = other.ok ? other.value.id : "";
  const foreign = await createPatient(clinicB.scope, patientFields());
  foreignPatientId = foreign.ok ? foreign.value.id : "";
  // 30 older events in clinic A, one a day through November 2026; clinic B's on the same days.
  await events(clinicA, 30, (i) => new Date(Date.UTC(2026, 10, 1 + i, 12)), { patientId: otherPatientId });
  await events(clinicB, 30, (i) => new Date(Date.UTC(2026, 10, 1 + i, 12)), { patientId: foreignPatientId, action: "UPDATE" });
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("listActivity", () => {
  it("lists the clinic's events newest first, with who, what, the patient and the before → after values", async () => {
    const { rows, total } = await listActivity(clinicA.scope, params());
    expect(total).toBe(33);
    expect(rows).toHaveLength(25);
    expect(rows.slice(0, 3).map((row) => [row.action, row.what, row.patient?.id])).toEqual([
      ["CREATE", "Patient", otherPatientId],
      ["UPDATE", "Patient", patientId],
      ["CREATE", "Patient", patientId],
    ]);
    expect(rows[0]).toMatchObject({ href: `/patients/${otherPatientId}`, actor: { id: clinicA.scope.actorId, name: "Test Clinician" }, changes: [] });
    const edit = (await listActivity(clinicA.scope, params({ action: "UPDATE" }))).rows;
    expect(edit).toEqual([
      expect.objectContaining({
        patient: { id: patientId, name: "Renamed, Wren" },
        href: `/patients/${patientId}`,
        changes: [{ field: "Last name", before: "Audited", after: "Renamed" }],
      }),
    ]);
    const times = rows.map((row) => row.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("pages in the database: the second page holds the rest", async () => {
    const second = await listActivity(clinicA.scope, params({ page: 2 }));
    expect(second.total).toBe(33);
    expect(second.rows).toHaveLength(8);
    const first = await listActivity(clinicA.scope, params());
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(33);
  });

  it("filters by patient, person, action and an inclusive range of days", async () => {
    expect((await listActivity(clinicA.scope, params({ patient: patientId }))).total).toBe(2);
    expect((await listActivity(clinicA.scope, params({ patient: otherPatientId }))).total).toBe(31);
    expect((await listActivity(clinicA.scope, params({ actor: clinicA.scope.actorId }))).total).toBe(33);
    expect((await listActivity(clinicA.scope, params({ actor: randomUUID() }))).total).toBe(0);
    expect((await listActivity(clinicA.scope, params({ action: "ARCHIVE" }))).total).toBe(0);
    const november = await listActivity(clinicA.scope, params({ from: "2026-11-10", to: "2026-11-12" }));
    expect(november.rows.map((row) => row.at)).toEqual(["2026-11-12T12:00:00.000Z", "2026-11-11T12:00:00.000Z", "2026-11-10T12:00:00.000Z"]);
    expect((await listActivity(clinicA.scope, params({ from: "2026-11-30", to: "2026-11-30" }))).total).toBe(1);
  });

  it("never shows another clinic's events, even filtered by that clinic's patient or person", async () => {
    const all = await listActivity(clinicA.scope, params({ pageSize: 100 }));
    expect(all.rows.every((row) => row.patient?.id !== foreignPatientId)).toBe(true);
    expect((await listActivity(clinicA.scope, params({ patient: foreignPatientId }))).total).toBe(0);
    expect((await listActivity(clinicA.scope, params({ actor: clinicB.scope.actorId }))).total).toBe(0);
    expect((await listActivity(clinicB.scope, params({ pageSize: 100 }))).rows.map((row) => row.patient?.id)).not.toContain(patientId);
  });
});

describe("getActivityFilters", () => {
  it("offers the clinic's own staff, and names a filtered patient only of the clinic", async () => {
    const filters = await getActivityFilters(clinicA.scope, patientId);
    expect(filters.people).toEqual([{ id: clinicA.scope.actorId, name: "Test Clinician", role: "CLINICIAN" }]);
    expect(filters.apiKeys).toEqual([]);
    expect(filters.patient).toEqual({ id: patientId, name: "Renamed, Wren" });
    expect((await getActivityFilters(clinicA.scope, foreignPatientId)).patient).toBeNull();
  });
});
