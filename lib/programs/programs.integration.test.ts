import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { changePhase } from "@/lib/episodes/mutations";
import { createPatient } from "@/lib/patients/mutations";
import { createTestClinic, openTestEpisode, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { getProgramVersion, listClinicTemplates, listProgramVersions } from "./data";
import { createTemplate, saveProgram } from "./mutations";
import { exerciseByCode } from "@/lib/exercises/library";
import { itemFromLibrary, itemFromTemplate, templateItemFromExercise } from "./items";

type Clinic = TestClinic;
let clinicA: Clinic;
let clinicB: Clinic;

async function newEpisode(clinic: Clinic) {
  const patient = await createPatient(clinic.scope, patientFields());
  return openTestEpisode(clinic, patient.ok ? patient.value.id : "");
}

const bridge = (reps: number, loadChangeReason = "") => ({ ...itemFromLibrary("EX25"), reps, loadChangeReason });

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("saveProgram", () => {
  it("makes a new version on every save and keeps the previous one readable, with an audit event each", async () => {
    const episodeId = await newEpisode(clinicA);
    expect(await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [bridge(10), itemFromLibrary("EX03")] })).toEqual({
      ok: true,
      value: { version: 1 },
    });
    expect(await saveProgram(clinicA.scope, { episodeId, baseVersion: 1, note: "More reps", items: [bridge(11)] })).toEqual({
      ok: true,
      value: { version: 2 },
    });
    const first = await getProgramVersion(clinicA.scope, episodeId, 1);
    expect(first?.items.map((item) => [item.exerciseCode, item.reps])).toEqual([
      ["EX25", 10],
      ["EX03", null],
    ]);
    expect((await getProgramVersion(clinicA.scope, episodeId))?.items).toHaveLength(1);
    expect((await listProgramVersions(clinicA.scope, episodeId)).map((version) => [version.version, version.phase, version.note])).toEqual([
      [2, "ACUTE", "More reps"],
      [1, "ACUTE", ""],
    ]);
    const events = await testDb.auditEvent.findMany({
      where: { entityType: "Program", clinicId: clinicA.clinicId, after: { path: ["items"], array_contains: [{ code: "EX25", reps: 11 }] } },
      select: { before: true, after: true },
    });
    // The new version's item list against the one it replaced, as exercise codes with their doses.
    expect(events).toEqual([
      {
        before: { version: 1, items: [expect.objectContaining({ code: "EX25", reps: 10 }), expect.objectContaining({ code: "EX03" })] },
        after: { version: 2, items: [expect.objectContaining({ code: "EX25", reps: 11 })] },
      },
    ]);
    expect(events[0]!.after).not.toHaveProperty("items.0.loadKg");
  });

  it("records the phase the program was given in", async () => {
    const episodeId = await newEpisode(clinicA);
    await changePhase(clinicA.scope, { episodeId, version: 1, direction: "advance", reason: "Clinical judgement" });
    await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromLibrary("EX14")] });
    expect((await getProgramVersion(clinicA.scope, episodeId))?.phase).toBe("SUBACUTE");
  });

  it("refuses a save based on an outdated version, even when two arrive together", async () => {
    const episodeId = await newEpisode(clinicA);
    const results = await Promise.allSettled([0, 1].map(() => saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [bridge(10)] })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: new AppError("CONFLICT") });
    expect(await listProgramVersions(clinicA.scope, episodeId)).toHaveLength(1);
  });

  it("stores nothing when a safety rule needs a reason", async () => {
    const episodeId = await newEpisode(clinicA);
    const refused = await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromLibrary("EX30")] });
    expect(refused.ok).toBe(false);
    expect(await listProgramVersions(clinicA.scope, episodeId)).toEqual([]);
    await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [bridge(10)] });
    const jump = await saveProgram(clinicA.scope, { episodeId, baseVersion: 1, note: "", items: [bridge(14)] });
    expect(jump).toMatchObject({ ok: false, fieldErrors: { "items.0.loadChangeReason": [expect.stringContaining("40 %")] } });
    expect(await listProgramVersions(clinicA.scope, episodeId)).toHaveLength(1);
  });

  it("asks for a reason when small steps add up to more than 30 % over 2 weeks (R-LOAD [S46], issue 11)", async () => {
    const episodeId = await newEpisode(clinicA);
    await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [bridge(10)] });
    // +20 %: a warning, saved.
    expect(await saveProgram(clinicA.scope, { episodeId, baseVersion: 1, note: "", items: [bridge(12)] })).toMatchObject({ ok: true });
    // +17 % over the last version, but +40 % over the version in force days ago.
    expect(await saveProgram(clinicA.scope, { episodeId, baseVersion: 2, note: "", items: [bridge(14)] })).toMatchObject({
      ok: false,
      fieldErrors: { "items.0.loadChangeReason": [expect.stringContaining("rises by 40 % over 2 weeks")] },
    });
    expect(await saveProgram(clinicA.scope, { episodeId, baseVersion: 2, note: "", items: [bridge(14, "No pain the next morning for 2 weeks")] })).toMatchObject({ ok: true });
    // Keeping the new dose asks for nothing more.
    expect(await saveProgram(clinicA.scope, { episodeId, baseVersion: 3, note: "", items: [bridge(14)] })).toMatchObject({ ok: true });
  });

  it("stores every-other-day and time doses, and guards a 0 kg item", async () => {
    const episodeId = await newEpisode(clinicA);
    await changePhase(clinicA.scope, { episodeId, version: 1, direction: "advance", reason: "Clinical judgement" });
    const ride = itemFromLibrary("EX05");
    await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromLibrary("EX15"), ride, { ...bridge(10), loadKg: 0 }] });
    expect((await getProgramVersion(clinicA.scope, episodeId))?.items.map((item) => [item.exerciseCode, item.everyDays, item.durationSeconds, item.loadKg])).toEqual([
      ["EX15", 2, null, null],
      ["EX05", null, 600, null],
      ["EX25", null, null, 0],
    ]);
    const longerRide = await saveProgram(clinicA.scope, { episodeId, baseVersion: 1, note: "", items: [itemFromLibrary("EX15"), { ...ride, durationSeconds: 900 }, { ...bridge(10), loadKg: 10 }] });
    expect(longerRide).toMatchObject({
      ok: false,
      fieldErrors: {
        "items.1.loadChangeReason": [expect.stringContaining("rises by 50 % over 2 weeks")],
        "items.2.loadChangeReason": [expect.stringContaining("gets an external load where it was done with body weight")],
      },
    });
  });

  it("answers NOT_FOUND to another clinic and shows it nothing", async () => {
    const episodeId = await newEpisode(clinicA);
    await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [bridge(10)] });
    await expect(saveProgram(clinicB.scope, { episodeId, baseVersion: 1, note: "", items: [] })).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await getProgramVersion(clinicB.scope, episodeId)).toBeNull();
    expect(await listProgramVersions(clinicB.scope, episodeId)).toEqual([]);
  });
});

describe("clinic templates", () => {
  it("belong to the clinic that made them, keep each item's dose and why in order, with an audit event", async () => {
    const nordic = { ...templateItemFromExercise(exerciseByCode("EX30")), sets: 3, reps: 8, perWeek: 3, patientReason: "to get you back to sprinting" };
    const rolling = { ...templateItemFromExercise(exerciseByCode("EX13")), durationSeconds: 60, loadKg: 0 };
    const created = await createTemplate(clinicA.scope, { name: "Late rehab", phase: "PREVENTION", description: "", items: [nordic, rolling] });
    const id = created.ok ? created.value.id : "";
    expect(await listClinicTemplates(clinicA.scope)).toEqual([{ id, name: "Late rehab", phase: "PREVENTION", description: "", items: [nordic, rolling] }]);
    expect(rolling).toMatchObject({ sets: 1, durationSeconds: 60, perWeek: 3, loadKg: 0, patientReason: exerciseByCode("EX13").purpose });
    expect(await listClinicTemplates(clinicB.scope)).toEqual([]);
    expect(await testDb.auditEvent.count({ where: { entityId: id, entityType: "ProgramTemplate" } })).toBe(1);
  });

  it("applied, gives a program whose saved items carry the template's doses and whys", async () => {
    const episodeId = await newEpisode(clinicA);
    const bike = { ...templateItemFromExercise(exerciseByCode("EX05")), durationSeconds: 900, patientReason: "" };
    const items = [bike].map((item) => itemFromTemplate(item, exerciseByCode(item.exerciseCode)));
    expect((await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items })).ok).toBe(true);
    expect((await getProgramVersion(clinicA.scope, episodeId))?.items).toEqual([
      expect.objectContaining({ exerciseCode: "EX05", durationSeconds: 900, patientReason: "to keep your legs and your fitness going with easy, pain-free cycling" }),
    ]);
  });
});

describe("the why on a program item", () => {
  it("is saved as edited and read back for every version; an emptied why stays empty", async () => {
    const episodeId = await newEpisode(clinicA);
    const edited = { ...itemFromLibrary("EX03"), patientReason: "so the injured muscle starts working again without pain" };
    await saveProgram(clinicA.scope, { episodeId, baseVersion: 0, note: "", items: [edited, { ...itemFromLibrary("EX02"), patientReason: "" }] });
    const saved = await getProgramVersion(clinicA.scope, episodeId);
    expect(saved?.items.map((item) => item.patientReason)).toEqual(["so the injured muscle starts working again without pain", ""]);
  });
});
