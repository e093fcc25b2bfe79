import "server-only";
import { notFound } from "next/navigation";
import { requireClinicScope, type ClinicScope } from "@/lib/core/auth/session";
import { can } from "@/lib/core/auth/permissions";
import { loadPatient } from "@/lib/patients/loaders";
import { getLinkChoices, getNoteVisit, listEpisodeNoteEvents, listUnsignedNotes } from "./data";
import { UNSIGNED_NOTE_ALERT_HOURS } from "./limits";
import { appointmentIdSchema } from "./schema";
import type { NoteEventDTO, UnsignedNoteDTO, VisitNotePageDTO } from "./types";

/**
 * The note page of one visit: staff of the visit's clinic, for that patient; 404 for a malformed id,
 * another clinic's or another patient's visit. Clinicians may write (the page offers the form only for
 * an attended visit); admins read.
 */
export async function loadVisitNotePage(patientId: string, appointmentId: string): Promise<VisitNotePageDTO> {
  const { viewer, scope } = await requireClinicScope("visit-notes:read");
  const patient = await loadPatient(patientId);
  const parsed = appointmentIdSchema.safeParse(appointmentId);
  if (!parsed.success) notFound();
  const found = await getNoteVisit(scope, patient.id, parsed.data);
  if (!found) notFound();
  const canWrite = can(viewer.role, "visit-notes:write");
  // Link choices only while they can be chosen: a draft's author, or a clinician about to start one.
  const choosing = canWrite && found.visit.status === "ATTENDED" && (!found.note || (found.note.status === "DRAFT" && found.note.authorId === viewer.id));
  const linked = found.note && (found.note.assessmentId || found.note.programId);
  const choices = choosing || linked ? await getLinkChoices(scope, patient.id, { day: found.visit.day, episodeId: found.episodeId }) : { assessments: [], programs: [] };
  return { visit: found.visit, note: found.note, assessments: choices.assessments, programs: choices.programs, viewer: { id: viewer.id, canWrite } };
}

/** The notes of an episode, for its page's history. */
export async function loadEpisodeNotes(patientId: string, episodeId: string): Promise<NoteEventDTO[]> {
  const { scope } = await requireClinicScope("visit-notes:read");
  const patient = await loadPatient(patientId);
  return listEpisodeNoteEvents(scope, patient.id, episodeId);
}

/**
 * For the caseload (lib/caseload, which already holds the scope and the view): drafts unsigned for more
 * than UNSIGNED_NOTE_ALERT_HOURS at `now`, the author's own in "mine", the clinic's otherwise.
 */
export function unsignedNotesOf(scope: ClinicScope, authorId: string | null, now: Date): Promise<{ notes: UnsignedNoteDTO[]; more: boolean }> {
  return listUnsignedNotes(scope, authorId, new Date(now.getTime() - UNSIGNED_NOTE_ALERT_HOURS * 3_600_000));
}
