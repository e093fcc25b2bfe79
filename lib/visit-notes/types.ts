import type { Phase } from "@/lib/episodes/phases";

export type VisitNoteStatus = "DRAFT" | "SIGNED";
export type AppointmentStatus = "BOOKED" | "ATTENDED" | "NO_SHOW" | "CANCELLED";
export type VisitType = "ASSESSMENT" | "TREATMENT" | "REVIEW" | "TELEHEALTH";

/** The visit a note is about, as the note page heads it. Instants are ISO text, shown in the clinic's zone. */
export type NoteVisitDTO = {
  id: string;
  patientId: string;
  type: VisitType;
  status: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  /** The visit's calendar day in the clinic's zone. */
  day: string;
  clinicianName: string;
};

export type AddendumDTO = { id: string; text: string; authorName: string; createdAt: string };

export type VisitNoteDTO = {
  id: string;
  status: VisitNoteStatus;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  assessmentId: string | null;
  programId: string | null;
  authorId: string;
  authorName: string;
  signedAt: string | null;
  signedByName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  addenda: AddendumDTO[];
};

export type AssessmentChoice = { id: string; assessedOn: string; clinicianName: string };
export type ProgramChoice = { id: string; episodeId: string; version: number; phase: Phase; createdAt: string };

export type VisitNotePageDTO = {
  visit: NoteVisitDTO;
  note: VisitNoteDTO | null;
  /** What Objective and Plan may link; a linked record stays shown even if it is no longer offered. */
  assessments: AssessmentChoice[];
  programs: ProgramChoice[];
  viewer: { id: string; canWrite: boolean };
};

/** A note as a timeline event (episode page, progress tab). */
export type NoteEventDTO = {
  noteId: string;
  appointmentId: string;
  status: VisitNoteStatus;
  /** The visit's day in the clinic's zone. */
  visitDay: string;
  authorName: string;
  href: string;
};

/** A draft older than the alert threshold, for the caseload. */
export type UnsignedNoteDTO = {
  noteId: string;
  patientId: string;
  patientName: string;
  recordNumber: string;
  visitDay: string;
  authorName: string;
  createdAt: string;
  href: string;
};
