import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { getPatient, listPatients } from "./data";
import { createPatient, setPatientArchived, updatePatient } from "./mutations";
import { DEFAULT_REGISTRY_PARAMS, type RegistryParams } from "./registry-params";

type Clinic = TestClinic;
let clinicA: Clinic;
let clinicB: Clinic;

const params = (change: Partial<RegistryParams> = {}): RegistryParams => ({ ...DEFAULT_REGISTRY_PARAMS, ...change });

async function create(clinic: Clinic, overrides = {}) {
  const result = await createPatient(clinic.scope, patientFields(overrides));
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result.fieldErrors)}`);
  return result.value.id;
}

const auditsFor = (entityId: string) =>
  testDb.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, clinicId: true } });

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("createPatient", () => {
  it("stores the patient in the caller's clinic and audits it in the same transaction", async () => {
    const id = await create(clinicA, { firstName: "Imogen", lastName: "Quarry", email: "Imogen@Example.com", sport: "" });
    const stored = await testDb.patient.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ clinicId: clinicA.clinicId, firstName: "Imogen", email: "imogen@example.com", sport: null, version: 1 });
    expect(await auditsFor(id)).toEqual([{ action: "CREATE", actorId: clinicA.scope.actorId, clinicId: clinicA.clinicId }]);
  });

  it("refuses a duplicate record number in the same clinic and writes nothing", async () => {
    await create(clinicA, { recordNumber: "DUP-1" });
    const before = await testDb.auditEvent.count({ where: { clinicId: clinicA.clinicId } });
    const again = await createPatient(clinicA.scope, patientFields({ recordNumber: "DUP-1" }));
    expect(again).toEqual({ ok: false, fieldErrors: { recordNumber: [expect.stringContaining("already has this record number")] } });
    expect(await testDb.patient.count({ where: { clinicId: clinicA.clinicId, recordNumber: "DUP-1" } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { clinicId: clinicA.clinicId } })).toBe(before);
  });

  it("allows the same record number in another clinic", async () => {
    await create(clinicA, { recordNumber: "SHARED-7" });
    const other = await createPatient(clinicB.scope, patientFields({ recordNumber: "SHARED-7" }));
    expect(other.ok).toBe(true);
  });
});

describe("getPatient", () => {
  it("reads the patient as the page and its edit form show it: the day of birth as YYYY-MM-DD, what was left blank as empty text", async () => {
    const blank = { dominantLeg: "", sport: "", email: "", phone: "", notes: "" } as const;
    const id = await create(clinicA, { firstName: "Ada", lastName: "Blank", recordNumber: "BL-1", dateOfBirth: "1984-02-29", sex: "FEMALE", ...blank });
    const { updatedAt } = await testDb.patient.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    expect(await getPatient(clinicA.scope, id)).toEqual({
      ...{ id, recordNumber: "BL-1", firstName: "Ada", lastName: "Blank", dateOfBirth: "1984-02-29", sex: "FEMALE", status: "ACTIVE" },
      ...{ updatedAt: updatedAt.toISOString(), ...blank, version: 1, hasPortalAccount: false },
    });
  });

  it("reads what was filled in as it was stored", async () => {
    const filled = { dominantLeg: "RIGHT", sport: "Rowing", email: "filled@example.com", phone: "+44 20 7946 0000", notes: "Prefers mornings" } as const;
    const id = await create(clinicA, filled);
    expect(await getPatient(clinicA.scope, id)).toMatchObject(filled);
  });
});

describe("listPatients and getPatient are scoped to the caller's clinic", () => {
  it("never returns another clinic's patients, even when searched for by name", async () => {
    const id = await create(clinicB, { firstName: "Zebedee", lastName: "Onlyinb" });
    const fromA = await listPatients(clinicA.scope, params({ q: "onlyinb" }));
    expect(fromA).toEqual({ rows: [], total: 0, page: 1 });
    expect(await getPatient(clinicA.scope, id)).toBeNull();
    const fromB = await listPatients(clinicB.scope, params({ q: "onlyinb" }));
    expect(fromB.rows.map((row) => row.id)).toEqual([id]);
  });

  it("searches by name words in any order and by record number", async () => {
    const id = await create(clinicA, { firstName: "Marguerite", lastName: "Fenwick", recordNumber: "FW-2201" });
    for (const q of ["fenwick", "Fenwick Marguerite", "fw-2201", "MARG"]) {
      const page = await listPatients(clinicA.scope, params({ q }));
      expect(page.rows.map((row) => row.id), q).toContain(id);
    }
    expect((await listPatients(clinicA.scope, params({ q: "fenwick zzz" }))).total).toBe(0);
  });

  it("treats % and _ in a search as plain text, not wildcards", async () => {
    expect((await listPatients(clinicA.scope, params({ q: "%" }))).total).toBe(
      (await listPatients(clinicA.scope, params({ q: "" }))).total,
    );
    expect((await listPatients(clinicA.scope, params({ q: "_enwick" }))).total).toBe(1);
  });

  it("pages and sorts in the database, with the total of all matches", async () => {
    const clinic = await createTestClinic();
    const births = ["1990-05-01", "1970-01-15", "2001-12-31", "1985-07-04", "1962-03-09"];
    for (const [i, dateOfBirth] of births.entries()) await create(clinic, { dateOfBirth, lastName: `Sorter${i}` });

    const firstPage = await listPatients(clinic.scope, params({ sort: "dateOfBirth", dir: "asc", pageSize: 10 }));
    expect(firstPage.rows.map((row) => row.dateOfBirth)).toEqual([...births].sort());

    const paged = await listPatients(clinic.scope, params({ sort: "dateOfBirth", dir: "desc", pageSize: 10, page: 1 }));
    expect(paged.total).toBe(5);
    expect(paged.rows[0]?.dateOfBirth).toBe("2001-12-31");

    const byName = await listPatients(clinic.scope, params({ sort: "name", dir: "desc" }));
    expect(byName.rows.map((row) => row.lastName)).toEqual(["Sorter4", "Sorter3", "Sorter2", "Sorter1", "Sorter0"]);
  });
});

describe("keyset paging", () => {
  // 25 patients in 3 pages of 10; names repeat (as real ones do) so the id breaks ties.
  let clinic: Clinic;
  const surnames = ["Ash", "Birch", "Ash", "Cedar", "Birch"];
  beforeAll(async () => {
    clinic = await createTestClinic();
    for (let i = 0; i < 25; i++) {
      await create(clinic, { lastName: surnames[i % 5], firstName: i % 2 ? "Jo" : "Al", dateOfBirth: `19${50 + (i % 7)}-0${1 + (i % 3)}-1${i % 9}` });
    }
  }, 60_000);

  const byPosition = async (change: Partial<RegistryParams>) => (await listPatients(clinic.scope, params({ pageSize: 10, ...change }))).rows.map((row) => row.id);

  for (const order of [{ sort: "name", dir: "asc" }, { sort: "dateOfBirth", dir: "desc" }, { sort: "updatedAt", dir: "asc" }] as const) {
    it(`finds the same pages by cursor as by position (${order.sort} ${order.dir})`, async () => {
      const pages = [await byPosition({ ...order, page: 1 }), await byPosition({ ...order, page: 2 }), await byPosition({ ...order, page: 3 })];
      expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);

      const second = await listPatients(clinic.scope, params({ ...order, pageSize: 10, page: 2, after: pages[0]!.at(-1)! }));
      expect(second).toMatchObject({ page: 2, total: 25 });
      expect(second.rows.map((row) => row.id)).toEqual(pages[1]);
      const third = await listPatients(clinic.scope, params({ ...order, pageSize: 10, page: 3, after: pages[1]!.at(-1)! }));
      expect(third.rows.map((row) => row.id)).toEqual(pages[2]);
      const back = await listPatients(clinic.scope, params({ ...order, pageSize: 10, page: 2, before: pages[2]![0]! }));
      expect(back.rows.map((row) => row.id)).toEqual(pages[1]);
      const last = await listPatients(clinic.scope, params({ ...order, pageSize: 10, page: 1, before: "end" }));
      expect(last).toMatchObject({ page: 3, total: 25 });
      expect(last.rows.map((row) => row.id)).toEqual(pages[2]);
    });
  }

  it("reads another clinic's patient as no cursor at all: the page by its number, nothing of that clinic's order", async () => {
    const foreign = await create(clinicB, { lastName: "Aaronson" });
    const page = await listPatients(clinic.scope, params({ pageSize: 10, page: 2, after: foreign }));
    expect(page.rows.map((row) => row.id)).toEqual(await byPosition({ page: 2 }));
    const before = await listPatients(clinic.scope, params({ pageSize: 10, page: 2, before: foreign }));
    expect(before.rows.map((row) => row.id)).toEqual(await byPosition({ page: 2 }));
  });

  it("starts at the first page when fewer than a page lie before the cursor", async () => {
    const first = await byPosition({ page: 1 });
    const page = await listPatients(clinic.scope, params({ pageSize: 10, page: 3, before: first[4]! }));
    expect(page).toMatchObject({ page: 1 });
    expect(page.rows.map((row) => row.id)).toEqual(first);
  });
});

describe("updatePatient", () => {
  it("saves an edit based on the current version, bumps the version and audits", async () => {
    const id = await create(clinicA);
    const result = await updatePatient(clinicA.scope, { ...patientFields({ lastName: "Renamed" }), id, version: 1 });
    expect(result).toEqual({ ok: true, value: { id, version: 2 } });
    expect((await getPatient(clinicA.scope, id))?.lastName).toBe("Renamed");
    expect((await auditsFor(id)).map((event) => event.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("stores the old and new values of the changed fields only, with the edit's audit event", async () => {
    const original = patientFields({ firstName: "Maud", lastName: "Oldname", sport: "Rugby", dateOfBirth: "1990-04-05" });
    const created = await createPatient(clinicA.scope, original);
    const id = created.ok ? created.value.id : "";
    await updatePatient(clinicA.scope, { ...original, lastName: "Newname", sport: "", dateOfBirth: "1990-04-06", id, version: 1 });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" }, select: { before: true, after: true } });
    expect(event).toEqual({
      before: { lastName: "Oldname", sport: "Rugby", dateOfBirth: "1990-04-05" },
      after: { lastName: "Newname", sport: null, dateOfBirth: "1990-04-06" },
    });
  });

  it("refuses an edit based on an older version instead of overwriting", async () => {
    const id = await create(clinicA, { lastName: "Original" });
    await updatePatient(clinicA.scope, { ...patientFields({ lastName: "First save" }), id, version: 1 });
    const stale = updatePatient(clinicA.scope, { ...patientFields({ lastName: "Second save" }), id, version: 1 });
    await expect(stale).rejects.toEqual(new AppError("CONFLICT"));
    expect((await getPatient(clinicA.scope, id))?.lastName).toBe("First save");
  });

  it("lets exactly one of two simultaneous edits of the same version win", async () => {
    const id = await create(clinicA);
    const outcomes = await Promise.allSettled(
      ["Racer one", "Racer two"].map((lastName) => updatePatient(clinicA.scope, { ...patientFields({ lastName }), id, version: 1 })),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toHaveLength(1);
    expect((await testDb.patient.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it("answers NOT_FOUND to another clinic and changes nothing", async () => {
    const id = await create(clinicA, { lastName: "Untouched" });
    const attempt = updatePatient(clinicB.scope, { ...patientFields({ lastName: "Hijacked" }), id, version: 1 });
    await expect(attempt).rejects.toEqual(new AppError("NOT_FOUND"));
    expect((await testDb.patient.findUniqueOrThrow({ where: { id } })).lastName).toBe("Untouched");
    expect(await testDb.auditEvent.count({ where: { entityId: id, clinicId: clinicB.clinicId } })).toBe(0);
  });

  it("refuses taking another patient's record number", async () => {
    await create(clinicA, { recordNumber: "TAKEN-1" });
    const id = await create(clinicA);
    const result = await updatePatient(clinicA.scope, { ...patientFields({ recordNumber: "TAKEN-1" }), id, version: 1 });
    expect(result.ok).toBe(false);
    expect((await testDb.patient.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });
});

describe("setPatientArchived", () => {
  it("archives and restores without deleting, auditing each change once", async () => {
    const id = await create(clinicA, { lastName: "Archivable" });
    await setPatientArchived(clinicA.scope, { id, archived: true });
    await setPatientArchived(clinicA.scope, { id, archived: true });
    expect((await listPatients(clinicA.scope, params({ q: "archivable" }))).total).toBe(0);
    expect((await listPatients(clinicA.scope, params({ q: "archivable", status: "archived" }))).total).toBe(1);

    await setPatientArchived(clinicA.scope, { id, archived: false });
    const stored = await testDb.patient.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "ACTIVE", archivedAt: null });
    expect((await auditsFor(id)).map((event) => event.action)).toEqual(["CREATE", "ARCHIVE", "RESTORE"]);
  });

  it("answers NOT_FOUND to another clinic", async () => {
    const id = await create(clinicA);
    await expect(setPatientArchived(clinicB.scope, { id, archived: true })).rejects.toEqual(new AppError("NOT_FOUND"));
    expect((await testDb.patient.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");
  });
});
