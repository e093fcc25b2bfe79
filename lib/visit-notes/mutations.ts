import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { changedFields } from "@/lib/core/audit-changes";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { calendarDayIn } from "@/lib/core/time-zones";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockPatientForClinicalWrite } from "@/lib/patients/mutations";
import { getLinkChoices } from "./data";
import { NOTE_SECTIONS } from "./limits";
import { SIGN_EMPTY_NOTE, type AddAddendumInput, type CreateVisitNoteInput, type SignVisitNoteInput, type UpdateVisitNoteInput } from "./schema";

/**
 * Writes of visit notes, each with its audit event in the same transaction. Who may call them is the
 * actions' permission (visit-notes:write, clinicians); here: the caller's clinic (anyone else's visit or
 * note is NOT_FOUND), an attended visit, the author for a draft's edits and signature, a signed note for
 * an addendum. The database refuses any change to a signed note whatever the caller (trigger).
 */
const refused = (field: string, message: string): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { [field]: [message] } });

export const NOT_ATTENDED = "A note can be written only for a visit marked attended.";
export const NOTE_EXISTS = "This visit already has a note. Reload the page to open it.";
export const AUTHOR_ONLY = "Only the note's author can edit or sign this draft.";
export const ALREADY_SIGNED = "This note is signed and cannot be changed. Add an addendum instead.";
export const NOT_SIGNED = "Addenda are for signed notes: edit the draft instead.";
const LINK_NOT_OFFERED = { assessmentId: "Choose an assessment taken on the visit's day.", programId: "Choose a program version in force or saved on the visit's day." };

type Links = { assessmentId: string; programId: string };

/** The links as stored, or the field refusal when one is not among what the page offers for this visit. */
async function checkedLinks(tx: Tx, scope: ClinicScope, patientId: string, visit: { startsAt: Date; episodeId: string | null }, links: Links) {
  const choices = await getLinkChoices(scope, patientId, { day: calendarDayIn(scope.timeZone, visit.startsAt), episodeId: visit.episodeId }, tx);
  if (links.assessmentId && !choices.assessments.some((choice) => choice.id === links.assessmentId)) return { refusal: refused("assessmentId", LINK_NOT_OFFERED.assessmentId) };
  if (links.programId && !choices.programs.some((choice) => choice.id === links.programId)) return { refusal: refused("programId", LINK_NOT_OFFERED.programId) };
  return { episodeId: choices.episodeId, assessmentId: links.assessmentId || null, programId: links.programId || null };
}

/**
 * Starts the note of an attended visit of this patient, the caller its author. A repeated submission
 * (same requestId) stores nothing new and answers with the note it made; a second note for the same
 * visit is refused (one note a visit, unique in the database).
 */
export async function createVisitNote(scope: ClinicScope, input: CreateVisitNoteInput): Promise<MutationResult<{ id: string; version: number }>> {
  const { patientId, appointmentId, requestId, assessmentId, programId, ...sections } = input;
  try {
    return await db.$transaction(async (tx) => {
      const appointment = await tx.appointment.findFirst({
        where: { id: appointmentId, clinicId: scope.clinicId, patientId },
        select: { status: true, startsAt: true, episodeId: true },
      });
      if (!appointment) throw new AppError("NOT_FOUND");
      const writable = await lockPatientForClinicalWrite(tx, scope, patientId);
      if (!writable.ok) return writable;
      if (appointment.status !== "ATTENDED") return refused("_form", NOT_ATTENDED);
      const links = await checkedLinks(tx, scope, patientId, appointment, { assessmentId, programId });
      if ("refusal" in links) return links.refusal!;
      const { id } = await tx.visitNote.create({
        data: { clinicId: scope.clinicId, patientId, appointmentId, authorId: scope.actorId, requestId, ...sections, ...links },
        select: { id: true },
      });
      await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId, action: "CREATE", entityType: "VisitNote", entityId: id });
      return { ok: true, value: { id, version: 1 } } as const;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const stored = await db.visitNote.findFirst({ where: { requestId, clinicId: scope.clinicId, patientId, appointmentId }, select: { id: true, version: true } });
    if (stored) return { ok: true, value: stored };
    return refused("_form", NOTE_EXISTS);
  }
}

/** The note in the caller's clinic as a draft its caller wrote, at the version the form saw; else a refusal or CONFLICT. */
async function lockOwnDraft(tx: Tx, scope: ClinicScope, noteId: string, version: number) {
  const note = await tx.visitNote.findFirst({
    where: { id: noteId, clinicId: scope.clinicId },
    select: {
      id: true,
      patientId: true,
      authorId: true,
      status: true,
      version: true,
      subjective: true,
      objective: true,
      assessment: true,
      plan: true,
      assessmentId: true,
      programId: true,
      appointment: { select: { startsAt: true, episodeId: true } },
    },
  });
  if (!note) throw new AppError("NOT_FOUND");
  const writable = await lockPatientForClinicalWrite(tx, scope, note.patientId);
  if (!writable.ok) return { refusal: writable };
  if (note.status === "SIGNED") return { refusal: refused("_form", ALREADY_SIGNED) };
  if (note.authorId !== scope.actorId) return { refusal: refused("_form", AUTHOR_ONLY) };
  if (note.version !== version) throw new AppError("CONFLICT");
  return { note };
}

/** Counts on the version and the draft status together, so a save or signature in between makes this one a CONFLICT. */
async function bumpDraft(tx: Tx, scope: ClinicScope, noteId: string, version: number, data: Prisma.VisitNoteUpdateManyMutationInput) {
  const { count } = await tx.visitNote.updateMany({ where: { id: noteId, clinicId: scope.clinicId, version, status: "DRAFT" }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}

/** Saves the author's draft if nobody (another tab) saved it since; the changed fields go to the audit trail. */
export async function updateVisitNote(scope: ClinicScope, input: UpdateVisitNoteInput): Promise<MutationResult<{ id: string; version: number }>> {
  const { noteId, version, assessmentId, programId, ...sections } = input;
  return db.$transaction(async (tx) => {
    const locked = await lockOwnDraft(tx, scope, noteId, version);
    if (locked.refusal) return locked.refusal;
    const { note } = locked;
    const links = await checkedLinks(tx, scope, note.patientId, note.appointment, { assessmentId, programId });
    if ("refusal" in links) return links.refusal!;
    const after = { ...sections, assessmentId: links.assessmentId, programId: links.programId };
    const changes = changedFields(note, after);
    if (!changes) return { ok: true, value: { id: note.id, version } } as const;
    await bumpDraft(tx, scope, note.id, version, after);
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId: note.patientId, action: "UPDATE", entityType: "VisitNote", entityId: note.id, changes });
    return { ok: true, value: { id: note.id, version: version + 1 } } as const;
  });
}

/**
 * Signs the author's draft as it was saved at `version`: from then on the database refuses any change.
 * The author only: a signature attests "I saw this patient and wrote this", which nobody can attest for
 * another clinician's words; a colleague adds an addendum to the signed note instead.
 */
export async function signVisitNote(scope: ClinicScope, input: SignVisitNoteInput, now = new Date()): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const locked = await lockOwnDraft(tx, scope, input.noteId, input.version);
    if (locked.refusal) return locked.refusal;
    const { note } = locked;
    if (NOTE_SECTIONS.every((section) => note[section].trim() === "")) return refused("_form", SIGN_EMPTY_NOTE);
    // Raw SQL because Prisma's updateMany cannot set a foreign key that shares clinic_id with other relations.
    const signed = await tx.$executeRaw`
      UPDATE visit_note SET status = 'SIGNED', signed_at = ${now}, signed_by_id = ${scope.actorId}::uuid, version = version + 1, updated_at = ${now}
      WHERE id = ${note.id}::uuid AND clinic_id = ${scope.clinicId}::uuid AND version = ${input.version} AND status = 'DRAFT'`;
    if (signed === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: note.patientId,
      action: "SIGN",
      entityType: "VisitNote",
      entityId: note.id,
      changes: { before: { status: "DRAFT" }, after: { status: "SIGNED" } },
    });
    return { ok: true, value: { id: note.id } } as const;
  });
}

/** A dated addendum to a signed note of the caller's clinic, by any clinician of it; a repeated submission stores one. */
export async function addVisitNoteAddendum(scope: ClinicScope, input: AddAddendumInput): Promise<MutationResult<{ id: string }>> {
  try {
    return await db.$transaction(async (tx) => {
      const note = await tx.visitNote.findFirst({ where: { id: input.noteId, clinicId: scope.clinicId }, select: { id: true, patientId: true, status: true } });
      if (!note) throw new AppError("NOT_FOUND");
      const writable = await lockPatientForClinicalWrite(tx, scope, note.patientId);
      if (!writable.ok) return writable;
      if (note.status !== "SIGNED") return refused("_form", NOT_SIGNED);
      const { id } = await tx.visitNoteAddendum.create({
        data: { clinicId: scope.clinicId, noteId: note.id, authorId: scope.actorId, text: input.text, requestId: input.requestId },
        select: { id: true },
      });
      await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId: note.patientId, action: "CREATE", entityType: "VisitNoteAddendum", entityId: id });
      return { ok: true, value: { id } } as const;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const stored = await db.visitNoteAddendum.findFirst({ where: { requestId: input.requestId, clinicId: scope.clinicId, noteId: input.noteId }, select: { id: true } });
    if (!stored) throw new AppError("NOT_FOUND");
    return { ok: true, value: { id: stored.id } };
  }
}
