import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseloadOf } from "@/lib/caseload/loaders";
import type { CaseloadParams } from "@/lib/caseload/params";
import { addDays } from "@/lib/core/calendar";
import { clinicScopeOf, type ClinicScope } from "@/lib/core/auth/session";
import { todayIsoDate } from "@/lib/core/dates";
import { AppError } from "@/lib/core/errors";
import { getProgressRecords, listProgressEpisodes } from "@/lib/progress/data";
import { createCareScenario } from "@/prisma/care-factories";
import { createUser } from "@/prisma/factories";
import { createVisit } from "@/prisma/visit-factories";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { getNoteVisit, listEpisodeNoteEvents } from "./data";
import { addVisitNoteAddendum, ALREADY_SIGNED, AUTHOR_ONLY, createVisitNote, NOT_ATTENDED, NOT_SIGNED, signVisitNote, updateVisitNote } from "./mutations";
import { SIGN_EMPTY_NOTE } from "./schema";

const TODAY = todayIsoDate();
const sections = { subjective: "", objective: "", assessment: "", plan: "", assessmentId: "", programId: "" };
const at = (daysAgo: number, hour: number) => new Date(`${addDays(TODAY, -daysAgo)}T${String(hour).padStart(2, "0")}:00:00Z`);
const mine: CaseloadParams = { view: "mine", sort: "patient", dir: "asc", page: 1 };

let clinicA: TestClinic;
let clinicB: TestClinic;
let colleague: ClinicScope;
let patientId: string;
let episodeId: string;
let hour = 0;

/** An attended visit (or of the status given) of the test patient, each at its own hour so the clinician is never double-booked. */
async function visit(status: "ATTENDED" | "BOOKED" | "NO_SHOW" | "CANCELLED" = "ATTENDED", daysAgo = 2) {
  hour += 1;
  const { appointmentId } = await createVisit(testDb, { clinicId: clinicA.clinicId, patientId, clinicianId: clinicA.scope.actorId, episodeId, startsAt: at(daysAgo + Math.floor(hour / 20), hour % 20), status });
  return appointmentId;
}

async function startNote(appointmentId: string, scope = clinicA.scope, fields: Partial<typeof sections> = {}) {
  const result = await createVisitNote(scope, { ...sections, ...fields, patientId, appointmentId, requestId: randomUUID() });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

async function signedNote() {
  const note = await startNote(await visit(), clinicA.scope, { subjective: "Tight after sprints" });
  const signed = await signVisitNote(clinicA.scope, { noteId: note.id, version: note.version });
  expect(signed.ok).toBe(true);
  return note.id;
}

const rejection = (promise: Promise<unknown>) => promise.then(() => "accepted", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

beforeAll(async () => {
  [clinicA, clinicB] = await Promise.all([createTestClinic(), createTestClinic()]);
  const other = await createUser(testDb, { clinicId: clinicA.clinicId, email: `colleague-${randomUUID()}@test.example`, name: "Colleague Clinician", role: "CLINICIAN", passwordHash: "x" });
  colleague = clinicScopeOf({ id: other.id, name: "Colleague Clinician", role: "CLINICIAN", clinicId: clinicA.clinicId, patientId: null, clinicTimeZone: "UTC" })!;
  ({ patientId, episodeId } = await createCareScenario(testDb, TODAY, {
    clinicId: clinicA.clinicId,
    clinicianId: clinicA.scope.actorId,
    patient: { firstName: "Noted", lastName: "Patient", recordNumber: `VN-${randomUUID().slice(0, 8)}` },
    phase: "SUBACUTE",
    onsetDaysAgo: 40,
    programs: [
      { daysAgo: 30, items: [{ exerciseCode: "EX25", sets: 3, reps: 10, perWeek: 5 }] },
      { daysAgo: 10, items: [{ exerciseCode: "EX25", sets: 4, reps: 10, perWeek: 5 }] },
      { daysAgo: 2, items: [{ exerciseCode: "EX25", sets: 4, reps: 12, perWeek: 5 }] },
    ],
    assessments: [{ daysAgo: 2, restPain: 2 }, { daysAgo: 9, restPain: 4 }],
  }));
}, 60_000);

afterAll(() => testDb.$disconnect());

describe("the database keeps a signed note final", () => {
  it("refuses UPDATE and DELETE of a signed note, from the app's own connection, while a draft may change", async () => {
    const noteId = await signedNote();
    await expect(testDb.$executeRaw`UPDATE visit_note SET plan = 'rewritten' WHERE id = ${noteId}::uuid`).rejects.toThrow(/UPDATE of a signed visit note refused/);
    await expect(testDb.$executeRaw`UPDATE visit_note SET status = 'DRAFT', signed_at = NULL, signed_by_id = NULL WHERE id = ${noteId}::uuid`).rejects.toThrow(/refused/);
    await expect(testDb.$executeRaw`DELETE FROM visit_note WHERE id = ${noteId}::uuid`).rejects.toThrow(/DELETE of a signed visit note refused/);
    expect(await testDb.visitNote.findUniqueOrThrow({ where: { id: noteId }, select: { subjective: true, status: true } })).toEqual({ subjective: "Tight after sprints", status: "SIGNED" });

    const draft = await startNote(await visit());
    expect(await testDb.$executeRaw`UPDATE visit_note SET plan = 'changed' WHERE id = ${draft.id}::uuid`).toBe(1);
  });

  it("keeps addenda append-only, and refuses text past the form's limits", async () => {
    const noteId = await signedNote();
    const added = await addVisitNoteAddendum(colleague, { noteId, requestId: randomUUID(), text: "Correction: pain was 3/10, not 2/10." });
    expect(added.ok).toBe(true);
    const addendumId = added.ok ? added.value.id : "";
    await expect(testDb.$executeRaw`UPDATE visit_note_addendum SET text = 'other' WHERE id = ${addendumId}::uuid`).rejects.toThrow(/refused/);
    await expect(testDb.$executeRaw`DELETE FROM visit_note_addendum WHERE id = ${addendumId}::uuid`).rejects.toThrow(/refused/);
    const draft = await startNote(await visit());
    await expect(testDb.$executeRaw`UPDATE visit_note SET plan = ${"x".repeat(4001)} WHERE id = ${draft.id}::uuid`).rejects.toThrow(/visit_note_plan_length/);
    await expect(testDb.$executeRaw`INSERT INTO visit_note_addendum (id, clinic_id, note_id, author_id, text, request_id) VALUES (gen_random_uuid(), ${clinicA.clinicId}::uuid, ${noteId}::uuid, ${clinicA.scope.actorId}::uuid, '', gen_random_uuid())`).rejects.toThrow(/visit_note_addendum_text_length/);
  });
});

describe("starting a note", () => {
  it("is only for an attended visit", async () => {
    for (const status of ["BOOKED", "NO_SHOW", "CANCELLED"] as const) {
      const appointmentId = await visit(status);
      expect(await createVisitNote(clinicA.scope, { ...sections, patientId, appointmentId, requestId: randomUUID() }), status).toEqual({ ok: false, fieldErrors: { _form: [NOT_ATTENDED] } });
      expect(await testDb.visitNote.count({ where: { appointmentId } })).toBe(0);
    }
  });

  it("answers another clinic's or another patient's visit with nothing", async () => {
    const appointmentId = await visit();
    expect(await rejection(createVisitNote(clinicB.scope, { ...sections, patientId, appointmentId, requestId: randomUUID() }))).toBe("NOT_FOUND");
    expect(await getNoteVisit(clinicB.scope, patientId, appointmentId)).toBeNull();
    const { patientId: otherPatient } = await createCareScenario(testDb, TODAY, { clinicId: clinicA.clinicId, clinicianId: clinicA.scope.actorId, patient: { firstName: "Other", lastName: "Patient", recordNumber: `VO-${randomUUID().slice(0, 8)}` }, phase: "ACUTE", onsetDaysAgo: 5 });
    expect(await getNoteVisit(clinicA.scope, otherPatient, appointmentId)).toBeNull();
    expect(await rejection(createVisitNote(clinicA.scope, { ...sections, patientId: otherPatient, appointmentId, requestId: randomUUID() }))).toBe("NOT_FOUND");
    expect(await testDb.visitNote.count({ where: { appointmentId } })).toBe(0);

    const note = await startNote(appointmentId);
    expect(await rejection(updateVisitNote(clinicB.scope, { ...sections, noteId: note.id, version: 1 }))).toBe("NOT_FOUND");
    expect(await rejection(signVisitNote(clinicB.scope, { noteId: note.id, version: 1 }))).toBe("NOT_FOUND");
    expect(await rejection(addVisitNoteAddendum(clinicB.scope, { noteId: note.id, requestId: randomUUID(), text: "Not mine" }))).toBe("NOT_FOUND");
    expect(await listEpisodeNoteEvents(clinicB.scope, patientId, episodeId)).toEqual([]);
  });

  it("stores one note for a double submit, and refuses a second note for the same visit", async () => {
    const appointmentId = await visit();
    const requestId = randomUUID();
    const input = { ...sections, subjective: "Double tap", patientId, appointmentId, requestId };
    const [first, second] = await Promise.all([createVisitNote(clinicA.scope, input), createVisitNote(clinicA.scope, input)]);
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    expect(await testDb.visitNote.count({ where: { appointmentId } })).toBe(1);
    expect(await createVisitNote(colleague, { ...input, requestId: randomUUID() })).toEqual({ ok: false, fieldErrors: { _form: [expect.stringContaining("already has a note")] } });
  });

  it("links only the assessment of the visit's day and a program version in force or saved that day", async () => {
    const appointmentId = await visit("ATTENDED", 2);
    const page = await getNoteVisit(clinicA.scope, patientId, appointmentId);
    expect(page?.visit.day).toBe(addDays(TODAY, -2));
    const assessments = await testDb.assessment.findMany({ where: { patientId }, orderBy: { assessedOn: "desc" }, select: { id: true } });
    const programs = await testDb.program.findMany({ where: { episodeId }, orderBy: { version: "asc" }, select: { id: true } });
    const refusedOld = await createVisitNote(clinicA.scope, { ...sections, patientId, appointmentId, requestId: randomUUID(), assessmentId: assessments[1]!.id });
    expect(refusedOld).toEqual({ ok: false, fieldErrors: { assessmentId: ["Choose an assessment taken on the visit's day."] } });
    const refusedProgram = await createVisitNote(clinicA.scope, { ...sections, patientId, appointmentId, requestId: randomUUID(), programId: programs[0]!.id });
    expect(refusedProgram.ok).toBe(false);
    // Version 2 was in force when the day began; version 3 was saved that day: either may be linked.
    const note = await startNote(appointmentId, clinicA.scope, { assessmentId: assessments[0]!.id, programId: programs[1]!.id });
    const relinked = await updateVisitNote(clinicA.scope, { ...sections, assessmentId: assessments[0]!.id, programId: programs[2]!.id, noteId: note.id, version: note.version });
    expect(relinked.ok).toBe(true);
    expect(await testDb.visitNote.findUniqueOrThrow({ where: { id: note.id }, select: { assessmentId: true, programId: true, episodeId: true } })).toEqual({ assessmentId: assessments[0]!.id, programId: programs[2]!.id, episodeId });
  });
});

describe("a draft", () => {
  it("is saved at the version it was loaded at; a stale save is a CONFLICT and changes nothing", async () => {
    const note = await startNote(await visit(), clinicA.scope, { subjective: "First" });
    const saved = await updateVisitNote(clinicA.scope, { ...sections, subjective: "Second", noteId: note.id, version: 1 });
    expect(saved).toEqual({ ok: true, value: { id: note.id, version: 2 } });
    expect(await rejection(updateVisitNote(clinicA.scope, { ...sections, subjective: "From the stale tab", noteId: note.id, version: 1 }))).toBe("CONFLICT");
    expect(await rejection(signVisitNote(clinicA.scope, { noteId: note.id, version: 1 }))).toBe("CONFLICT");
    expect((await testDb.visitNote.findUniqueOrThrow({ where: { id: note.id }, select: { subjective: true, status: true } }))).toEqual({ subjective: "Second", status: "DRAFT" });
  });

  it("is edited and signed by its author only, never signed empty, and refuses edits once signed", async () => {
    const empty = await startNote(await visit());
    expect(await signVisitNote(clinicA.scope, { noteId: empty.id, version: 1 })).toEqual({ ok: false, fieldErrors: { _form: [SIGN_EMPTY_NOTE] } });
    const note = await startNote(await visit(), clinicA.scope, { plan: "Progress bridges" });
    expect(await signVisitNote(colleague, { noteId: note.id, version: 1 })).toEqual({ ok: false, fieldErrors: { _form: [AUTHOR_ONLY] } });
    expect(await updateVisitNote(colleague, { ...sections, noteId: note.id, version: 1 })).toEqual({ ok: false, fieldErrors: { _form: [AUTHOR_ONLY] } });
    expect(await addVisitNoteAddendum(colleague, { noteId: note.id, requestId: randomUUID(), text: "Too early" })).toEqual({ ok: false, fieldErrors: { _form: [NOT_SIGNED] } });
    expect((await signVisitNote(clinicA.scope, { noteId: note.id, version: 1 })).ok).toBe(true);
    expect(await updateVisitNote(clinicA.scope, { ...sections, noteId: note.id, version: 2 })).toEqual({ ok: false, fieldErrors: { _form: [ALREADY_SIGNED] } });
    const stored = await testDb.visitNote.findUniqueOrThrow({ where: { id: note.id }, select: { status: true, signedById: true, signedAt: true, plan: true } });
    expect(stored).toMatchObject({ status: "SIGNED", signedById: clinicA.scope.actorId, plan: "Progress bridges" });
  });

  it("audits the start, each save's changed fields, the signature and each addendum, in the same transaction", async () => {
    const note = await startNote(await visit(), clinicA.scope, { subjective: "Before" });
    await updateVisitNote(clinicA.scope, { ...sections, subjective: "After", noteId: note.id, version: 1 });
    await updateVisitNote(clinicA.scope, { ...sections, subjective: "After", noteId: note.id, version: 2 });
    await signVisitNote(clinicA.scope, { noteId: note.id, version: 2 });
    const requestId = randomUUID();
    const [a, b] = await Promise.all([1, 2].map(() => addVisitNoteAddendum(colleague, { noteId: note.id, requestId, text: "Seen again by phone" })));
    const addendumId = a?.ok ? a.value.id : "";
    expect(b?.ok && b.value.id === addendumId).toBe(true);
    expect(await testDb.visitNoteAddendum.count({ where: { noteId: note.id } })).toBe(1);
    const events = await testDb.auditEvent.findMany({ where: { clinicId: clinicA.clinicId, OR: [{ entityId: note.id }, { entityType: "VisitNoteAddendum", patientId }] }, orderBy: { id: "asc" }, select: { action: true, entityType: true, actorId: true, before: true, after: true, entityId: true } });
    const own = events.filter((event) => event.entityId === note.id || event.entityId === addendumId);
    expect(own.map((event) => [event.action, event.entityType, event.actorId])).toEqual([
      ["CREATE", "VisitNote", clinicA.scope.actorId],
      ["UPDATE", "VisitNote", clinicA.scope.actorId],
      ["SIGN", "VisitNote", clinicA.scope.actorId],
      ["CREATE", "VisitNoteAddendum", colleague.actorId],
    ]);
    expect(own[1]).toMatchObject({ before: { subjective: "Before" }, after: { subjective: "After" } });
  });
});

describe("the episode's history", () => {
  it("lists the episode's notes by visit, signed or draft, with the note's address", async () => {
    const events = await listEpisodeNoteEvents(clinicA.scope, patientId, episodeId);
    expect(events.length).toBeGreaterThan(3);
    expect(new Set(events.map((event) => event.status))).toEqual(new Set(["DRAFT", "SIGNED"]));
    expect(events[0]!.href).toBe(`/patients/${patientId}/visits/${events[0]!.appointmentId}/note`);
  });

  it("puts every note of the patient on the progress timeline's records, on its visit's day, and none for another clinic", async () => {
    const episodes = await listProgressEpisodes(clinicA.scope, patientId);
    const records = await getProgressRecords(clinicA.scope, { id: patientId, sex: "UNKNOWN" }, episodes, episodeId);
    const events = await listEpisodeNoteEvents(clinicA.scope, patientId, episodeId);
    expect(records.visitNotes.map((note) => note.href).toSorted()).toEqual(events.map((event) => event.href).toSorted());
    expect(records.visitNotes.find((note) => note.href === events[0]!.href)).toEqual({ visitDay: events[0]!.visitDay, status: events[0]!.status, href: events[0]!.href });
    expect((await getProgressRecords(clinicB.scope, { id: patientId, sex: "UNKNOWN" }, [], null)).visitNotes).toEqual([]);
  });
});

describe("unsigned notes on the caseload", () => {
  it("shows a draft once it is more than 24 hours old, to its author in 'mine' and to the clinic, never once signed", async () => {
    const clinic = await createTestClinic();
    const other = await createUser(testDb, { clinicId: clinic.clinicId, email: `other-${randomUUID()}@test.example`, name: "Other Clinician", role: "CLINICIAN", passwordHash: "x" });
    const { patientId: patient } = await createCareScenario(testDb, TODAY, { clinicId: clinic.clinicId, clinicianId: clinic.scope.actorId, patient: { firstName: "Late", lastName: "Notes", recordNumber: `VL-${randomUUID().slice(0, 8)}` }, phase: "ACUTE", onsetDaysAgo: 10 });
    const now = new Date(`${TODAY}T12:00:00Z`);
    const noteAt = async (ageMs: number, hourOfVisit: number, author = clinic.scope.actorId) => {
      const { appointmentId } = await createVisit(testDb, { clinicId: clinic.clinicId, patientId: patient, clinicianId: author, startsAt: at(3, hourOfVisit) });
      const created = await testDb.visitNote.create({ data: { clinicId: clinic.clinicId, patientId: patient, appointmentId, authorId: author, requestId: randomUUID(), subjective: "x", createdAt: new Date(now.getTime() - ageMs) }, select: { id: true } });
      return created.id;
    };
    const DAY = 24 * 3_600_000;
    const justUnder = await noteAt(DAY - 1000, 8);
    const exactly = await noteAt(DAY, 9);
    const justOver = await noteAt(DAY + 1000, 10);
    const colleagues = await noteAt(2 * DAY, 11, other.id);
    const listed = async (params: CaseloadParams) => (await caseloadOf(clinic.scope, params, TODAY, now)).unsignedNotes.notes.map((note) => note.noteId);
    expect(await listed(mine)).toEqual([justOver]);
    expect(await listed({ ...mine, view: "clinic" })).toEqual([colleagues, justOver]);
    expect(await listed(mine)).not.toContain(exactly);
    expect(await listed(mine)).not.toContain(justUnder);
    await testDb.$executeRaw`UPDATE visit_note SET status = 'SIGNED', signed_at = now(), signed_by_id = author_id WHERE id = ${justOver}::uuid`;
    expect(await listed(mine)).toEqual([]);
    expect((await caseloadOf(clinicA.scope, { ...mine, view: "clinic" }, TODAY, now)).unsignedNotes.notes.map((note) => note.noteId)).not.toContain(colleagues);
  });
});

describe("the note page's read", () => {
  /** The visit with its note as Prisma's relation loading read it before the read became SQL (data.ts): the reference. */
  async function noteVisitThroughPrisma(appointmentId: string) {
    const found = await testDb.appointment.findFirstOrThrow({
      where: { id: appointmentId, clinicId: clinicA.clinicId, patientId },
      select: {
        ...{ id: true, patientId: true, type: true, status: true, startsAt: true, endsAt: true, episodeId: true },
        clinician: { select: { name: true } },
        note: {
          select: {
            ...{ id: true, status: true, subjective: true, objective: true, assessment: true, plan: true, assessmentId: true, programId: true, authorId: true },
            ...{ signedAt: true, createdAt: true, updatedAt: true, version: true },
            author: { select: { name: true } },
            signedBy: { select: { name: true } },
            addenda: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true, author: { select: { name: true } } } },
          },
        },
      },
    });
    const { note, clinician, startsAt, endsAt, episodeId: linked, ...visit } = found;
    return {
      visit: { ...visit, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), day: startsAt.toISOString().slice(0, 10), clinicianName: clinician.name },
      episodeId: linked,
      note: note && {
        ...{ id: note.id, status: note.status, subjective: note.subjective, objective: note.objective, assessment: note.assessment, plan: note.plan },
        ...{ assessmentId: note.assessmentId, programId: note.programId, authorId: note.authorId, authorName: note.author.name },
        ...{ signedAt: note.signedAt?.toISOString() ?? null, signedByName: note.signedBy?.name ?? null },
        ...{ createdAt: note.createdAt.toISOString(), updatedAt: note.updatedAt.toISOString(), version: note.version },
        addenda: note.addenda.map((addendum) => ({ id: addendum.id, text: addendum.text, authorName: addendum.author.name, createdAt: addendum.createdAt.toISOString() })),
      },
    };
  }

  it("reads a visit without a note, a draft and a signed note with addenda by two people as Prisma's relation loading did", async () => {
    const bare = await visit();
    const drafted = await visit();
    await startNote(drafted, colleague, { plan: "Review in a week" });
    const noteId = await signedNote();
    for (const [scope, text] of [[clinicA.scope, "Pain settled by the evening"], [colleague, "Phoned: doing well"]] as const) {
      expect(await addVisitNoteAddendum(scope, { noteId, requestId: randomUUID(), text })).toMatchObject({ ok: true });
    }
    const signed = (await testDb.visitNote.findUniqueOrThrow({ where: { id: noteId }, select: { appointmentId: true } })).appointmentId;

    for (const appointmentId of [bare, drafted, signed]) expect(await getNoteVisit(clinicA.scope, patientId, appointmentId)).toEqual(await noteVisitThroughPrisma(appointmentId));
    expect((await getNoteVisit(clinicA.scope, patientId, signed))?.note).toMatchObject({
      status: "SIGNED",
      signedAt: expect.stringMatching(/Z$/),
      addenda: [{ text: "Pain settled by the evening" }, { text: "Phoned: doing well", authorName: "Colleague Clinician" }],
    });
  });
});
