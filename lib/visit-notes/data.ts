import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { addDays } from "@/lib/core/calendar";
import { db, type Tx } from "@/lib/core/db";
import { ISO_UTC } from "@/lib/core/sql-time";
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

type NoteVisitRecord = Omit<NoteVisitDTO, "day"> & { episodeId: string | null; note: VisitNoteDTO | null };

/**
 * The visit of this patient in the caller's clinic, with its note if one was started; null for anyone
 * else's. Written as SQL because the visit with its note, their people and the addenda is the note
 * page's largest read: Prisma's relation loading took 2.2 ms for what this statement reads in 0.7.
 */
export async function getNoteVisit(scope: ClinicScope, patientId: string, appointmentId: string): Promise<{ visit: NoteVisitDTO; episodeId: string | null; note: VisitNoteDTO | null } | null> {
  const [found] = await db.$queryRaw<NoteVisitRecord[]>`
    SELECT visit.id::text, visit.patient_id::text AS "patientId", visit.type::text, visit.status::text,
           to_char(visit.starts_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS "startsAt", to_char(visit.ends_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS "endsAt",
           clinician.name AS "clinicianName", visit.episode_id::text AS "episodeId",
           CASE WHEN note.id IS NOT NULL THEN json_build_object(
             'id', note.id, 'status', note.status, 'subjective', note.subjective, 'objective', note.objective,
             'assessment', note.assessment, 'plan', note.plan, 'assessmentId', note.assessment_id, 'programId', note.program_id,
             'authorId', note.author_id, 'authorName', author.name,
             'signedAt', to_char(note.signed_at AT TIME ZONE 'UTC', ${ISO_UTC}), 'signedByName', signer.name,
             'createdAt', to_char(note.created_at AT TIME ZONE 'UTC', ${ISO_UTC}), 'updatedAt', to_char(note.updated_at AT TIME ZONE 'UTC', ${ISO_UTC}),
             'version', note.version,
             'addenda', (SELECT coalesce(json_agg(json_build_object('id', addendum.id, 'text', addendum.text, 'authorName', addendum_author.name,
                                                                    'createdAt', to_char(addendum.created_at AT TIME ZONE 'UTC', ${ISO_UTC}))
                                                  ORDER BY addendum.created_at), '[]')
                           FROM visit_note_addendum AS addendum
                           JOIN app_user AS addendum_author ON addendum_author.id = addendum.author_id AND addendum_author.clinic_id = addendum.clinic_id
                           WHERE addendum.note_id = note.id AND addendum.clinic_id = note.clinic_id)
           ) END AS note
    FROM appointment AS visit
    JOIN app_user AS clinician ON clinician.id = visit.clinician_id AND clinician.clinic_id = visit.clinic_id
    LEFT JOIN visit_note AS note ON note.appointment_id = visit.id AND note.clinic_id = visit.clinic_id AND note.patient_id = visit.patient_id
    LEFT JOIN app_user AS author ON author.id = note.author_id AND author.clinic_id = note.clinic_id
    LEFT JOIN app_user AS signer ON signer.id = note.signed_by_id AND signer.clinic_id = note.clinic_id
    WHERE visit.id = ${appointmentId}::uuid AND visit.clinic_id = ${scope.clinicId}::uuid AND visit.patient_id = ${patientId}::uuid`;
  if (!found) return null;
  const { episodeId, note, ...visit } = found;
  return { visit: { ...visit, day: calendarDayIn(scope.timeZone, new Date(visit.startsAt)) }, episodeId, note };
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
