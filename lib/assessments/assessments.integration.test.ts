import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { listCaseloadEpisodes } from "@/lib/caseload/data";
import { createPatient } from "@/lib/patients/mutations";
import { createTestClinic, openTestEpisode, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { isMeasureCode } from "./catalogue";
import { getLatestAssessment, listPatientAssessments } from "./data";
import { createAssessment, updateAssessment } from "./mutations";
import { measuredInAcutePhase } from "./phase-at-measurement";
import { emptyAssessment, type AssessmentFormValues } from "./schema";

type Clinic = TestClinic;
let clinicA: Clinic;
let clinicB: Clinic;
let patientId: string;

function assessment(clinic: Clinic, edit: (values: AssessmentFormValues) => void = () => {}) {
  const values = emptyAssessment(clinic.scope.actorId, "2026-11-01");
  edit(values);
  return values;
}

const withAke = (right: string) => (values: AssessmentFormValues) => {
  values.measures["ake-knee-flex-angle"].right = right;
  values.measures.nprs.contexts.rest = "3";
};

async function create(clinic: Clinic, edit?: (values: AssessmentFormValues) => void) {
  const result = await createAssessment(clinic.scope, { ...assessment(clinic, edit), patientId, requestId: randomUUID() });
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

describe("createAssessment", () => {
  it("stores the values with their methods and an audit event", async () => {
    const id = await create(clinicA, withAke("34"));
    const rows = await testDb.measurement.findMany({ where: { assessmentId: id }, orderBy: { id: "asc" } });
    expect(rows.map(({ measureCode, side, value, method, context }) => ({ measureCode, side, value, method, context }))).toEqual([
      { measureCode: "ake-knee-flex-angle", side: "RIGHT", value: 34, method: "goniometer", context: "" },
      { measureCode: "nprs", side: "NONE", value: 3, method: null, context: "rest" },
    ]);
    expect(rows.every((row) => row.clinicId === clinicA.clinicId)).toBe(true);
    const audit = await testDb.auditEvent.findMany({ where: { entityId: id }, select: { action: true, entityType: true, patientId: true } });
    expect(audit).toEqual([{ action: "CREATE", entityType: "Assessment", patientId }]);
  });

  it("stores a double-submitted form once, even when both arrive together", async () => {
    const input = { ...assessment(clinicA, withAke("30")), patientId, requestId: randomUUID() };
    const results = await Promise.all([createAssessment(clinicA.scope, input), createAssessment(clinicA.scope, input)]);
    const ids = results.map((result) => (result.ok ? result.value.id : null));
    expect(ids[0]).not.toBeNull();
    expect(ids[1]).toBe(ids[0]);
    expect(await testDb.assessment.count({ where: { requestId: input.requestId } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { entityId: ids[0]! } })).toBe(1);
  });

  it("answers NOT_FOUND for another clinic's patient and stores nothing", async () => {
    const requestId = randomUUID();
    const attempt = createAssessment(clinicB.scope, { ...assessment(clinicB, withAke("20")), patientId, requestId });
    await expect(attempt).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await testDb.assessment.count({ where: { requestId } })).toBe(0);
  });

  it("refuses a clinician of another clinic as the assessor", async () => {
    const values = assessment(clinicA);
    values.clinicianId = clinicB.scope.actorId;
    const result = await createAssessment(clinicA.scope, { ...values, patientId, requestId: randomUUID() });
    expect(result).toEqual({ ok: false, fieldErrors: { clinicianId: ["Choose a clinician of this clinic."] } });
  });
});

describe("updateAssessment", () => {
  it("replaces the values of the version it was based on, audits, and bumps the version", async () => {
    const id = await create(clinicA, withAke("40"));
    const result = await updateAssessment(clinicA.scope, { ...assessment(clinicA, withAke("38")), id, version: 1 });
    expect(result).toEqual({ ok: true, value: { id, version: 2 } });
    const values = await testDb.measurement.findMany({ where: { assessmentId: id, measureCode: "ake-knee-flex-angle" } });
    expect(values.map((row) => row.value)).toEqual([38]);
    expect((await testDb.auditEvent.findMany({ where: { entityId: id }, select: { action: true } })).map((a) => a.action)).toEqual([
      "CREATE",
      "UPDATE",
    ]);
    // The correction's event keeps the value it replaced and the new one, and nothing that did not change.
    expect(await testDb.auditEvent.findFirst({ where: { entityId: id, action: "UPDATE" }, select: { before: true, after: true } })).toEqual({
      before: { "AKE right": expect.stringMatching(/^40 \(/) },
      after: { "AKE right": expect.stringMatching(/^38 \(/) },
    });
  });

  it("refuses a correction based on an outdated version and keeps the newer values", async () => {
    const id = await create(clinicA, withAke("40"));
    await updateAssessment(clinicA.scope, { ...assessment(clinicA, withAke("35")), id, version: 1 });
    const stale = updateAssessment(clinicA.scope, { ...assessment(clinicA, withAke("10")), id, version: 1 });
    await expect(stale).rejects.toEqual(new AppError("CONFLICT"));
    const values = await testDb.measurement.findMany({ where: { assessmentId: id, measureCode: "ake-knee-flex-angle" } });
    expect(values.map((row) => row.value)).toEqual([35]);
  });

  it("answers NOT_FOUND to another clinic and changes nothing", async () => {
    const id = await create(clinicA, withAke("40"));
    const attempt = updateAssessment(clinicB.scope, { ...assessment(clinicB, withAke("1")), id, version: 1 });
    await expect(attempt).rejects.toEqual(new AppError("NOT_FOUND"));
    expect((await testDb.assessment.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });
});

describe("listPatientAssessments", () => {
  it("returns the patient's history oldest first to their clinic and nothing to another", async () => {
    const history = await listPatientAssessments(clinicA.scope, patientId);
    expect(history.length).toBeGreaterThanOrEqual(4);
    expect(history[0]?.rows.length).toBeGreaterThan(0);
    expect(await listPatientAssessments(clinicB.scope, patientId)).toEqual([]);
  });

  it("carries the linked episode's injured side, which the limb-symmetry index compares", async () => {
    const episodeId = await openTestEpisode(clinicA, patientId, { diagnosis: "Right hamstring strain", side: "RIGHT" });
    const result = await createAssessment(clinicA.scope, {
      ...emptyAssessment(clinicA.scope.actorId, "2026-11-02", episodeId),
      patientId,
      requestId: randomUUID(),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    const history = await listPatientAssessments(clinicA.scope, patientId);
    const linked = history.find((entry) => entry.id === result.value.id);
    expect(linked).toMatchObject({ episodeId: episodeId, involvedSide: "RIGHT" });
    expect(history.filter((entry) => entry.episodeId === null).every((entry) => entry.involvedSide === null)).toBe(true);
  });
});

describe("getLatestAssessment", () => {
  it("is the last of the history — latest day, then latest entered — with its current values, to the patient's clinic only", async () => {
    const patient = await createPatient(clinicA.scope, patientFields());
    if (!patient.ok) throw new Error("patient not created");
    const on = (day: string, right: string) => (values: AssessmentFormValues) => {
      values.assessedOn = day;
      withAke(right)(values);
    };
    const make = async (edit: (values: AssessmentFormValues) => void) => {
      const result = await createAssessment(clinicA.scope, { ...assessment(clinicA, edit), patientId: patient.value.id, requestId: randomUUID() });
      if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
      return result.value.id;
    };
    expect(await getLatestAssessment(clinicA.scope, patient.value.id)).toBeNull();
    await make(on("2026-11-20", "20"));
    const sameDayLater = await make(on("2026-11-20", "25"));
    await make(on("2026-11-10", "30")); // entered last, but of an earlier day
    await updateAssessment(clinicA.scope, { ...assessment(clinicA, on("2026-11-20", "27")), id: sameDayLater, version: 1 });

    const latest = await getLatestAssessment(clinicA.scope, patient.value.id);
    const history = await listPatientAssessments(clinicA.scope, patient.value.id);
    expect(history.at(-1)!.id).toBe(sameDayLater);
    expect(latest).toEqual({ assessedOn: "2026-11-20", bodyMassKg: history.at(-1)!.bodyMassKg, involvedSide: null, rows: history.at(-1)!.rows });
    expect(latest!.rows.find((row) => row.measureCode === "ake-knee-flex-angle")?.value).toBe(27);
    expect(await getLatestAssessment(clinicB.scope, patient.value.id)).toBeNull();
  });
});

describe("a corrected assessment keeps every earlier value", () => {
  it("keeps both earlier values with who and when after two corrections, and every read sees only the current one", async () => {
    const episodeId = await openTestEpisode(clinicA, patientId);
    const restPain = (rest: string, ake: string) => (values: AssessmentFormValues) => {
      values.episodeId = episodeId;
      values.measures["ake-knee-flex-angle"].right = ake;
      values.measures["ake-knee-flex-angle"].left = "20";
      values.measures.nprs.contexts.rest = rest;
    };
    const id = await create(clinicA, restPain("3", "40"));
    expect(await updateAssessment(clinicA.scope, { ...assessment(clinicA, restPain("5", "38")), id, version: 1 })).toMatchObject({ ok: true });
    expect(await updateAssessment(clinicA.scope, { ...assessment(clinicA, restPain("6", "38")), id, version: 2 })).toMatchObject({ ok: true });

    // All three rest-pain values are kept: 3 and 5 as revisions (oldest first here), 6 as the one current row.
    const revisions = await testDb.measurementRevision.findMany({ where: { assessmentId: id, measureCode: "nprs" }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => [revision.value, revision.supersededById, revision.removed])).toEqual([
      [3, clinicA.scope.actorId, false],
      [5, clinicA.scope.actorId, false],
    ]);
    expect(revisions[0]!.supersededAt.getTime()).toBeLessThanOrEqual(revisions[1]!.supersededAt.getTime());
    expect((await testDb.measurement.findMany({ where: { assessmentId: id, measureCode: "nprs" } })).map((row) => row.value)).toEqual([6]);
    // AKE right changed once (40 → 38), AKE left never: an unchanged value is not touched or copied.
    const ake = await testDb.measurementRevision.findMany({ where: { assessmentId: id, measureCode: "ake-knee-flex-angle" } });
    expect(ake.map((revision) => [revision.side, revision.value])).toEqual([["RIGHT", 40]]);

    // The assessment read: current values, and the earlier ones newest first with the corrector's name.
    const read = (await listPatientAssessments(clinicA.scope, patientId)).find((candidate) => candidate.id === id)!;
    expect(read.rows.filter((row) => row.measureCode === "nprs").map((row) => row.value)).toEqual([6]);
    const clinician = await testDb.user.findUniqueOrThrow({ where: { id: clinicA.scope.actorId }, select: { name: true } });
    expect(read.corrections.filter((correction) => correction.measureCode === "nprs")).toEqual([
      expect.objectContaining({ was: { value: 5, method: null, flag: null }, correctedByName: clinician.name, removed: false }),
      expect.objectContaining({ was: { value: 3, method: null, flag: null }, correctedByName: clinician.name, removed: false }),
    ]);

    // The caseload SQL reads the current rest pain only: latest 6 against the baseline 6 of this one assessment.
    const facts = (await listCaseloadEpisodes(clinicA.scope, null, "2026-11-20")).find((episode) => episode.episodeId === episodeId);
    expect(facts?.restPain).toEqual({ baseline: 6, latest: 6 });
  });

  it("keeps a value the correction removed, marked removed", async () => {
    const id = await create(clinicA, withAke("34"));
    await updateAssessment(clinicA.scope, { ...assessment(clinicA, (values) => (values.measures.nprs.contexts.rest = "3")), id, version: 1 });
    expect(await testDb.measurement.count({ where: { assessmentId: id, measureCode: "ake-knee-flex-angle" } })).toBe(0);
    const kept = await testDb.measurementRevision.findMany({ where: { assessmentId: id }, select: { measureCode: true, value: true, removed: true } });
    expect(kept).toEqual([{ measureCode: "ake-knee-flex-angle", value: 34, removed: true }]);
  });
});

describe("the history's SQL", () => {
  /** The history as Prisma's relation loading read it before the read became SQL (data.ts): the reference. */
  async function historyThroughPrisma(clinic: Clinic, forPatient: string) {
    const records = await testDb.assessment.findMany({
      where: { clinicId: clinic.clinicId, patientId: forPatient },
      orderBy: [{ assessedOn: "asc" }, { createdAt: "asc" }],
      select: {
        ...{ id: true, patientId: true, episodeId: true, assessedOn: true, clinicianId: true, bodyMassKg: true, notes: true, version: true },
        clinician: { select: { name: true } },
        episode: { select: { side: true, phaseChanges: { orderBy: { changedAt: "asc" }, select: { toPhase: true, changedAt: true } } } },
        measurements: { select: { measureCode: true, side: true, value: true, method: true, context: true, flag: true }, orderBy: { id: "asc" } },
        revisions: {
          where: { clinicId: clinic.clinicId },
          orderBy: [{ supersededAt: "desc" }, { id: "desc" }],
          select: { measureCode: true, side: true, context: true, value: true, method: true, flag: true, removed: true, supersededAt: true, supersededBy: { select: { name: true } } },
        },
      },
    });
    return records.map(({ clinician, episode, measurements, revisions, assessedOn, notes, ...record }) => ({
      ...record,
      involvedSide: episode && episode.side !== "BOTH" ? episode.side : null,
      assessedOn: assessedOn.toISOString().slice(0, 10),
      acutePhase: measuredInAcutePhase(episode?.phaseChanges, assessedOn.toISOString().slice(0, 10), clinic.scope.timeZone),
      notes: notes ?? "",
      clinicianName: clinician.name,
      rows: measurements.filter((row) => isMeasureCode(row.measureCode)),
      corrections: revisions.map(({ value, method, flag, supersededAt, supersededBy, ...key }) => ({
        ...key,
        was: { value, method, flag },
        correctedAt: supersededAt.toISOString(),
        correctedByName: supersededBy.name,
      })),
    }));
  }

  it("reads the history, and the latest assessment, as Prisma's relation loading did", async () => {
    // On top of what the tests above recorded (corrections, removed values, linked and unlinked assessments):
    // an episode of both legs that left the acute phase between two of its assessments, and notes.
    const episodeId = await openTestEpisode(clinicA, patientId, { onsetDate: "2026-10-01", side: "BOTH" });
    const onDay = (day: string) => (values: AssessmentFormValues) => {
      values.assessedOn = day;
      values.episodeId = episodeId;
      values.notes = `Seen ${day}`;
      withAke("33")(values);
    };
    await create(clinicA, onDay("2026-10-03"));
    const later = await create(clinicA, onDay("2026-10-20"));
    await testDb.phaseChange.create({
      data: { clinicId: clinicA.clinicId, episodeId, fromPhase: "ACUTE", toPhase: "SUBACUTE", changedById: clinicA.scope.actorId, changedAt: new Date("2026-10-10T09:30:00Z") },
    });

    const history = await listPatientAssessments(clinicA.scope, patientId);
    expect(history).toEqual(await historyThroughPrisma(clinicA, patientId));
    expect(history.map((entry) => entry.acutePhase)).toContain(true);
    expect(history.find((entry) => entry.id === later)).toMatchObject({ acutePhase: false, notes: "Seen 2026-10-20", involvedSide: null });
    expect(history.some((entry) => entry.corrections.some((correction) => correction.removed))).toBe(true);
    const { assessedOn, bodyMassKg, involvedSide, rows } = history.at(-1)!;
    expect(await getLatestAssessment(clinicA.scope, patientId)).toEqual({ assessedOn, bodyMassKg, involvedSide, rows });
  });
});
