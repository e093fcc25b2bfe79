import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { createPatient } from "@/lib/patients/mutations";
import { getCurrentProgram } from "@/lib/portal/data";
import { logExercise } from "@/lib/portal/mutations";
import { createPortalPatient, saveTestProgram } from "@/scripts/testing/portal-fixtures";
import { createTemplate, saveProgram } from "@/lib/programs/mutations";
import { getProgramVersion, listClinicTemplates } from "@/lib/programs/data";
import { itemFromExercise, itemFromLibrary, templateItemFromExercise } from "@/lib/programs/items";
import { createTestClinic, openTestEpisode, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { loadExerciseCatalogue } from "./catalogue";
import { withSavedVersions } from "./catalogue-lookup";
import { getClinicExerciseForEdit } from "./data";
import { createClinicExercise, setClinicExerciseArchived, updateClinicExercise } from "./mutations";
import { clinicExerciseFieldsSchema, EMPTY_CLINIC_EXERCISE, type ClinicExercise, type ClinicExerciseFields } from "./schema";

/** Template items for codes, dosed as EX03; the rules under test read only the codes. */
const templateItems = (...codes: string[]) => codes.map((code) => ({ ...templateItemFromExercise({ code: "EX03", dosage: { text: "" } }), exerciseCode: code }));

type Clinic = TestClinic;

/** A valid exercise as the admin types it, parsed as the action parses it. */
const fields = (overrides: Partial<ClinicExerciseFields> = {}): ClinicExercise =>
  clinicExerciseFieldsSchema.parse({
    ...EMPTY_CLINIC_EXERCISE,
    name: "Banded standing hamstring curl",
    targets: ["HAMSTRINGS"],
    phases: ["ACUTE", "SUBACUTE", "PREVENTION"],
    sets: "1",
    reps: "8",
    perWeek: "2",
    dosageText: "1–3 × 8–12 (8–12 RM) [generic]",
    instructions: "Stand tall, loop the band round your ankle and bend the knee slowly against it.",
    source: "S47",
    ...overrides,
  });

async function addExercise(clinic: Clinic, overrides: Partial<ClinicExerciseFields> = {}) {
  const result = await createClinicExercise(clinic.scope, { ...fields(overrides), requestId: randomUUID() });
  if (!result.ok) throw new Error("the exercise was refused");
  return result.value;
}

async function newEpisode(clinic: Clinic) {
  const patient = await createPatient(clinic.scope, patientFields());
  return openTestEpisode(clinic, patient.ok ? patient.value.id : "");
}

const auditActions = async (entityId: string) =>
  (await testDb.auditEvent.findMany({ where: { entityId, entityType: "ClinicExercise" }, orderBy: { id: "asc" }, select: { action: true } })).map((event) => event.action);

afterAll(async () => {
  await testDb.$disconnect();
});

describe("adding clinic exercises", () => {
  it("numbers each clinic's exercises CX01, CX02 … on its own, and only that clinic's catalogue holds them", async () => {
    const [clinicA, clinicB] = [await createTestClinic(), await createTestClinic()];
    const first = await addExercise(clinicA, { name: "Northside curl" });
    const second = await addExercise(clinicA, { name: "Northside stretch", kind: "stretch" });
    const other = await addExercise(clinicB, { name: "Harbour walk" });
    expect([first.code, second.code, other.code]).toEqual(["CX01", "CX02", "CX01"]);

    const catalogueA = await loadExerciseCatalogue(clinicA.scope);
    const catalogueB = await loadExerciseCatalogue(clinicB.scope);
    expect(catalogueA.byCode("CX02")?.name).toBe("Northside stretch");
    expect(catalogueA.byCode("CX01")?.illustration).toBe("/exercises/custom.svg");
    expect(catalogueB.byCode("CX01")?.name).toBe("Harbour walk");
    expect(catalogueB.byCode("CX02")).toBeUndefined();
    expect(catalogueB.all.map((exercise) => exercise.name)).not.toContain("Northside curl");
    expect(await auditActions(first.id)).toEqual(["CREATE"]);
  });

  it("stores a double submission once, and gives exercises added at the same moment different codes", async () => {
    const clinic = await createTestClinic();
    const requestId = randomUUID();
    const twice = await Promise.all([0, 1].map(() => createClinicExercise(clinic.scope, { ...fields(), requestId })));
    expect(twice[0]).toEqual(twice[1]);
    expect(await testDb.clinicExercise.count({ where: { requestId } })).toBe(1);

    const together = await Promise.all([0, 1, 2].map((index) => addExercise(clinic, { name: `Together ${index}` })));
    expect(together.map((exercise) => exercise.code).toSorted()).toEqual(["CX02", "CX03", "CX04"]);
  });
});

describe("editing, archiving and restoring", () => {
  it("saves an edit based on the current version and refuses a stale one with CONFLICT, changing nothing", async () => {
    const clinic = await createTestClinic();
    const { id } = await addExercise(clinic);
    expect(await updateClinicExercise(clinic.scope, { ...fields({ name: "Renamed curl", reps: "10" }), id, version: 1 })).toEqual({ ok: true, value: { id, version: 2 } });
    await expect(updateClinicExercise(clinic.scope, { ...fields({ name: "Stale edit" }), id, version: 1 })).rejects.toEqual(new AppError("CONFLICT"));
    const stored = await getClinicExerciseForEdit(clinic.scope, id);
    expect(stored).toMatchObject({ code: "CX01", version: 2, archived: false, fields: { name: "Renamed curl", reps: "10" } });
    expect(await auditActions(id)).toEqual(["CREATE", "UPDATE"]);
    expect(await testDb.auditEvent.findFirst({ where: { entityId: id, action: "UPDATE" }, select: { before: true, after: true } })).toEqual({
      before: { name: "Banded standing hamstring curl", reps: 8 },
      after: { name: "Renamed curl", reps: 10 },
    });
  });

  it("archives and restores once each, audited, and an edit opened before the archive is refused", async () => {
    const clinic = await createTestClinic();
    const { id } = await addExercise(clinic);
    await setClinicExerciseArchived(clinic.scope, { id, archived: true });
    await setClinicExerciseArchived(clinic.scope, { id, archived: true });
    const archived = await loadExerciseCatalogue(clinic.scope);
    expect(archived.byCode("CX01")?.name).toBe("Banded standing hamstring curl");
    expect(archived.isOffered("CX01")).toBe(false);
    await expect(updateClinicExercise(clinic.scope, { ...fields(), id, version: 1 })).rejects.toEqual(new AppError("CONFLICT"));

    await setClinicExerciseArchived(clinic.scope, { id, archived: false });
    expect((await loadExerciseCatalogue(clinic.scope)).isOffered("CX01")).toBe(true);
    expect(await auditActions(id)).toEqual(["CREATE", "ARCHIVE", "RESTORE"]);
  });
});

describe("another clinic", () => {
  it("cannot read, edit, archive or prescribe a clinic's exercise", async () => {
    const [owner, other] = [await createTestClinic(), await createTestClinic()];
    const { id, code } = await addExercise(owner);

    expect(await getClinicExerciseForEdit(other.scope, id)).toBeNull();
    await expect(updateClinicExercise(other.scope, { ...fields({ name: "Hijacked" }), id, version: 1 })).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(setClinicExerciseArchived(other.scope, { id, archived: true })).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await getClinicExerciseForEdit(owner.scope, id)).toMatchObject({ version: 1, archived: false, fields: { name: "Banded standing hamstring curl" } });
    expect(await auditActions(id)).toEqual(["CREATE"]);

    const episodeId = await newEpisode(other);
    const item = { ...itemFromLibrary("EX03"), exerciseCode: code };
    expect(await saveProgram(other.scope, { episodeId, baseVersion: 0, note: "", items: [item] })).toEqual({
      ok: false,
      fieldErrors: { "items.0.exerciseCode": ["Choose an exercise from the library."] },
    });
    expect(await getProgramVersion(other.scope, episodeId)).toBeNull();
    expect(await createTemplate(other.scope, { name: "Borrowed", phase: "SUBACUTE", description: "", items: templateItems(code) })).toEqual({
      ok: false,
      fieldErrors: { "items.0.exerciseCode": [`${code} is not in the library.`] },
    });
  });
});

describe("clinic exercises in programs and templates", () => {
  it("can be prescribed with their default dose, and the saved version names them", async () => {
    const clinic = await createTestClinic();
    const { code } = await addExercise(clinic);
    const episodeId = await newEpisode(clinic);
    const exercise = (await loadExerciseCatalogue(clinic.scope)).byCode(code)!;
    expect(await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromExercise(exercise), itemFromLibrary("EX03")] })).toEqual({
      ok: true,
      value: { version: 1 },
    });
    const saved = await getProgramVersion(clinic.scope, episodeId);
    expect(saved?.items.map((item) => [item.exerciseCode, item.sets, item.reps, item.perWeek])).toEqual([
      [code, 1, 8, 2],
      ["EX03", 5, null, 7],
    ]);
  });

  it("holds one marked heavy or lengthening out of the acute phase unless a reason is given", async () => {
    const clinic = await createTestClinic();
    const { code } = await addExercise(clinic, { name: "Clinic heavy hinge", heavyOrLengthening: true, phases: ["SUBACUTE", "PREVENTION"] });
    const episodeId = await newEpisode(clinic);
    const item = itemFromExercise((await loadExerciseCatalogue(clinic.scope)).byCode(code)!);
    expect(await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [item] })).toEqual({
      ok: false,
      fieldErrors: { "items.0.overrideReason": ["Clinic heavy hinge is not allowed in the acute phase. Give a reason to prescribe it anyway."] },
    });
    expect(await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [{ ...item, overrideReason: "Cleared by the surgeon" }] })).toMatchObject({ ok: true });
  });

  it("keeps an archived exercise in a program that had it, but refuses adding it to a new one", async () => {
    const clinic = await createTestClinic();
    const { id, code } = await addExercise(clinic);
    const item = itemFromExercise((await loadExerciseCatalogue(clinic.scope)).byCode(code)!);
    const episodeId = await newEpisode(clinic);
    await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [item] });
    await setClinicExerciseArchived(clinic.scope, { id, archived: true });

    expect(await saveProgram(clinic.scope, { episodeId, baseVersion: 1, note: "Same again", items: [item] })).toEqual({ ok: true, value: { version: 2 } });
    const freshEpisode = await newEpisode(clinic);
    expect(await saveProgram(clinic.scope, { episodeId: freshEpisode, baseVersion: 0, note: "", items: [item] })).toEqual({
      ok: false,
      fieldErrors: { "items.0.exerciseCode": ["Banded standing hamstring curl has been archived by your clinic. Choose another exercise."] },
    });
  });

  it("can be put in the clinic's templates only while offered and allowed in the template's phase", async () => {
    const clinic = await createTestClinic();
    const { id, code } = await addExercise(clinic, { phases: ["PREVENTION"] });
    const catalogue = await loadExerciseCatalogue(clinic.scope);
    const ours = [templateItemFromExercise(catalogue.byCode("EX30")!), templateItemFromExercise(catalogue.byCode(code)!)];
    expect(await createTemplate(clinic.scope, { name: "Ours", phase: "PREVENTION", description: "", items: ours })).toMatchObject({ ok: true });
    // The clinic exercise has no purpose, so its why starts empty; its default dose is kept.
    expect((await listClinicTemplates(clinic.scope))[0]?.items[1]).toMatchObject({ exerciseCode: code, patientReason: "" });
    expect(await createTemplate(clinic.scope, { name: "Too early", phase: "ACUTE", description: "", items: templateItems(code) })).toEqual({
      ok: false,
      fieldErrors: { "items.0.exerciseCode": ["Banded standing hamstring curl is not allowed in this phase."] },
    });
    await setClinicExerciseArchived(clinic.scope, { id, archived: true });
    expect(await createTemplate(clinic.scope, { name: "Retired", phase: "PREVENTION", description: "", items: templateItems(code) })).toMatchObject({ ok: false });
  });
});

describe("program versions keep a clinic exercise as it was given", () => {
  it("shows the old name and instructions in a version saved before an edit, and the new ones in a version saved after", async () => {
    const clinic = await createTestClinic();
    const { id, code } = await addExercise(clinic);
    const episodeId = await newEpisode(clinic);
    const prescribe = async (baseVersion: number) => {
      const exercise = (await loadExerciseCatalogue(clinic.scope)).byCode(code)!;
      expect(await saveProgram(clinic.scope, { episodeId, baseVersion, note: "", items: [itemFromExercise(exercise)] })).toMatchObject({ ok: true });
    };
    // What the version page and the handout show (loadProgramVersion): the version's saved exercises over the live catalogue.
    const shown = async (version: number) => {
      const program = (await getProgramVersion(clinic.scope, episodeId, version))!;
      const exercise = withSavedVersions(await loadExerciseCatalogue(clinic.scope), program.exerciseVersions).byCode(code)!;
      return { name: exercise.name, instructions: exercise.instructions, dosage: exercise.dosage.text };
    };

    await prescribe(0);
    const edit = { name: "Banded curl, kneeling", instructions: "Kneel on a mat and curl the heel towards you.", dosageText: "2 × 10" };
    expect(await updateClinicExercise(clinic.scope, { ...fields(edit), id, version: 1 })).toMatchObject({ ok: true });
    await prescribe(1);

    expect(await shown(1)).toEqual({ name: "Banded standing hamstring curl", instructions: fields().instructions, dosage: fields().dosageText });
    expect(await shown(2)).toEqual({ name: edit.name, instructions: edit.instructions, dosage: edit.dosageText });
    // The live catalogue, which the editor offers, has the edit; both saved versions of the exercise are kept.
    expect((await loadExerciseCatalogue(clinic.scope)).byCode(code)?.name).toBe(edit.name);
    expect(await testDb.clinicExerciseVersion.findMany({ where: { clinicExerciseId: id }, orderBy: { version: "asc" }, select: { version: true, name: true } })).toEqual([
      { version: 1, name: "Banded standing hamstring curl" },
      { version: 2, name: edit.name },
    ]);
  });

  it("shows the patient's plan in the portal with the exercise as given, and still takes logs of it", async () => {
    const clinic = await createTestClinic();
    const { id, code } = await addExercise(clinic);
    const patient = await createPortalPatient(clinic);
    const episodeId = await openTestEpisode(clinic, patient.patientId);
    const exercise = (await loadExerciseCatalogue(clinic.scope)).byCode(code)!;
    const [itemId] = await saveTestProgram(clinic, episodeId, 0, [itemFromExercise(exercise)]);
    await updateClinicExercise(clinic.scope, { ...fields({ name: "Renamed after the plan was given" }), id, version: 1 });

    // As loadPortalHome reads it: the current program's saved exercises over the patient's clinic catalogue.
    const program = (await getCurrentProgram(patient.scope, episodeId))!;
    const shown = withSavedVersions(await loadExerciseCatalogue(patient.scope), program.exerciseVersions).byCode(code);
    expect(shown?.name).toBe("Banded standing hamstring curl");
    const today = new Date().toISOString().slice(0, 10);
    expect((await logExercise(patient.scope, { programItemId: itemId!, idempotencyKey: randomUUID(), performedOn: today }, today)).ok).toBe(true);
  });

  it("keeps the live archived flag over a saved version", async () => {
    const clinic = await createTestClinic();
    const { id, code } = await addExercise(clinic);
    const episodeId = await newEpisode(clinic);
    const exercise = (await loadExerciseCatalogue(clinic.scope)).byCode(code)!;
    await saveProgram(clinic.scope, { episodeId, baseVersion: 0, note: "", items: [itemFromExercise(exercise)] });
    await setClinicExerciseArchived(clinic.scope, { id, archived: true });
    const program = (await getProgramVersion(clinic.scope, episodeId))!;
    const catalogue = withSavedVersions(await loadExerciseCatalogue(clinic.scope), program.exerciseVersions);
    expect(catalogue.byCode(code)?.name).toBe("Banded standing hamstring curl");
    expect(catalogue.isOffered(code)).toBe(false);
  });
});
