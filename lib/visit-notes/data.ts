import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { addDays } from "@/lib/core/calendar";
import { db, type Tx } from "@/lib/core/db";
import { calendarDayIn, startOfDayIn } from "@/lib/core/time-zones";
import { noteEpisodeId, programChoices } from "./link-choices";
import { noteHref } from "./note-href";
import type { AssessmentChoice, NoteEventDTO, NoteVisitDTO, ProgramChoice, UnsignedNoteDTO, VisitNoteDTO } from "./types";

/**
 * Reads for visit notes. Every query carries the caller's clinic id, and the patient's where the page
 * names one, so another clinic's or patient's visit reads as nothing (the page answers 404). A visit's
 * day is its start's calendar day in the clinic's zone.
 */
type Client = typeof db | Tx;


const NOTE_SELECT = {
  id: true,
  status: true,
  subjective: true,
  objective: true,
  assessment: true,
  plan: true,
  assessmentId: true,
  programId: true,
  authorId: true,
  author: { select: { name: true } },
  signedAt: true,
  signedBy: { select: { name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
  addenda: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true, author: { select: { name: true } } } },
} as const;

/** The visit of this patient in the caller's clinic, with its note if one was started; null for anyone else's. */
export async function getNoteVisit(scope: ClinicScope, patientId: string, appointmentId: string): Promise<{ visit: NoteVisitDTO; episodeId: string | null; note: VisitNoteDTO | null } | null> {
  const appointment = await db.appointment.findFirst({
    where: { id: appointmentId, clinicId: scope.clinicId, patientId },
    select: {
      id: true,
      patientId: true,
      type: true,
      status: true,
      startsAt: true,
      endsAt: true,
      episodeId: true,
      clinician: { select: { name: true } },
      note: { select: NOTE_SELECT },
    },
  });
  if (!appointment) return null;
  const { note } = appointment;
  return {
    visit: {
      id: appointment.id,
      patientId: appointment.patientId,
      type: appointment.type,
      status: appointment.status,
      startsAt: appointment.startsAt.toISOString(),
      endsAt: appointment.endsAt.toISOString(),
      day: calendarDayIn(scope.timeZone, appointment.startsAt),
      clinicianName: appointment.clinician.name,
    },
    episodeId: appointment.episodeId,
    note: note && {
      id: note.id,
      status: note.status,
      subjective: note.subjective,
      objective: note.objective,
      assessment: note.assessment,
      plan: note.plan,
      assessmentId: note.assessmentId,
      programId: note.programId,
      authorId: note.authorId,
      authorName: note.author.name,
      signedAt: note.signedAt?.toISOString() ?? null,
      signedByName: note.signedBy?.name ?? null,
      createdAt: note.createdAt.toISOString(),
      updatedAt: note.updatedAt.toISOString(),
      version: note.version,
      addenda: note.addenda.map((addendum) => ({ id: addendum.id, text: addendum.text, authorName: addendum.author.name, createdAt: addendum.createdAt.toISOString() })),
    },
  };
}

/**
 * What a note of this patient's visit on `day` may link (link-choices.ts): the patient's assessments of
 * that day, and the program versions of the visit's episode (else the patient's active one) in force or
 * saved that day. Also the episode the note belongs to. Runs inside a mutation's transaction too, so
 * the server checks a link against the same list the page offered.
 */
export async function getLinkChoices(
  scope: ClinicScope,
  patientId: string,
  visit: { day: string; episodeId: string | null },
  client: Client = db,
): Promise<{ episodeId: string | null; assessments: AssessmentChoice[]; programs: ProgramChoice[] }> {
  const dayEnd = startOfDayIn(scope.timeZone, addDays(visit.day, 1));
  const [assessments, episodes] = await Promise.all([
    client.assessment.findMany({
      where: { clinicId: scope.clinicId, patientId, assessedOn: new Date(`${visit.day}T00:00:00Z`) },
      orderBy: { createdAt: "asc" },
      select: { id: true, assessedOn: true, clinician: { select: { name: true } } },
    }),
    client.episode.findMany({
      where: { clinicId: scope.clinicId, patientId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        programs: { where: { createdAt: { lt: dayEnd } }, orderBy: { version: "asc" }, select: { id: true, version: true, phase: true, createdAt: true } },
      },
    }),
  ]);
  const episodeId = noteEpisodeId(visit.episodeId, episodes);
  const versions = (episodes.find((episode) => episode.id === episodeId)?.programs ?? []).map((program) => ({
    ...program,
    createdOn: calendarDayIn(scope.timeZone, program.createdAt),
  }));
  return {
    episodeId,
    assessments: assessments.map((assessment) => ({ id: assessment.id, assessedOn: visit.day, clinicianName: assessment.clinician.name })),
    programs: programChoices(versions, visit.day).map((program) => ({
      id: program.id,
      episodeId: episodeId!,
      version: program.version,
      phase: program.phase,
      createdAt: program.createdAt.toISOString(),
    })),
  };
}

/** The notes of one episode of this patient in the caller's clinic, by visit time: the episode page's history. */
export async function listEpisodeNoteEvents(scope: ClinicScope, patientId: string, episodeId: string): Promise<NoteEventDTO[]> {
  const notes = await db.visitNote.findMany({
    where: { clinicId: scope.clinicId, patientId, episodeId },
    orderBy: { appointment: { startsAt: "asc" } },
    select: { id: true, status: true, appointmentId: true, author: { select: { name: true } }, appointment: { select: { startsAt: true } } },
  });
  return notes.map((note) => ({
    noteId: note.id,
    appointmentId: note.appointmentId,
    status: note.status,
    visitDay: calendarDayIn(scope.timeZone, note.appointment.startsAt),
    authorName: note.author.name,
    href: noteHref(patientId, note.appointmentId),
  }));
}

/** How many unsigned notes the caseload lists; past it, it says there are more. */
export const UNSIGNED_NOTES_SHOWN = 20;

/**
 * Drafts created before `before` (now less the alert threshold), oldest first, in the caller's clinic,
 * only the author's own when `authorId` is given (the caseload's "mine"). One statement whatever the
 * number of notes, on the (clinic_id, status, created_at) index: it reads one row past the list to know
 * whether there are more.
 */
export async function listUnsignedNotes(scope: ClinicScope, authorId: string | null, before: Date): Promise<{ notes: UnsignedNoteDTO[]; more: boolean }> {
  const notes = await db.visitNote.findMany({
    where: { clinicId: scope.clinicId, status: "DRAFT", createdAt: { lt: before }, ...(authorId && { authorId }) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: UNSIGNED_NOTES_SHOWN + 1,
    select: {
      id: true,
      patientId: true,
      appointmentId: true,
      createdAt: true,
      author: { select: { name: true } },
      patient: { select: { firstName: true, lastName: true, recordNumber: true } },
      appointment: { select: { startsAt: true } },
    },
  });
  return {
    more: notes.length > UNSIGNED_NOTES_SHOWN,
    notes: notes.slice(0, UNSIGNED_NOTES_SHOWN).map((note) => ({
      noteId: note.id,
      patientId: note.patientId,
      patientName: `${note.patient.lastName}, ${note.patient.firstName}`,
      recordNumber: note.patient.recordNumber,
      visitDay: calendarDayIn(scope.timeZone, note.appointment.startsAt),
      authorName: note.author.name,
      createdAt: note.createdAt.toISOString(),
      href: noteHref(note.patientId, note.appointmentId),
    })),
  };
}
