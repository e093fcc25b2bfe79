import type { AssessmentDTO } from "@/lib/assessments/types";
import type { CrampContext, CrampSide, MuscleSite, ReliefMethod } from "@/lib/cramps/labels";
import type { Phase } from "@/lib/exercises/library-types";
import type { Dose } from "@/lib/programs/load";

/**
 * One patient's whole record in one clinic, as the FHIR export maps it (lib/fhir/*.ts). Read by
 * data.ts with one scope; every mapper is a pure function of these plain values, so the
 * mappers' unit tests need no database. Dates are YYYY-MM-DD, times ISO instants.
 */
export type PatientRecord = {
  /** timeZone: the clinic's IANA zone, the zone the record's days (assessments, versions) are in. */
  clinic: { id: string; name: string; timeZone: string };
  patient: {
    id: string;
    recordNumber: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    sex: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
    email: string;
    phone: string;
    status: "ACTIVE" | "ARCHIVED";
    updatedAt: string;
  };
  /** Everyone of the clinic the record names (assessing clinicians, program authors, phase changes). */
  staff: StaffMember[];
  episodes: EpisodeRecord[];
  /** Oldest first, with current values and the episode's involved side (lib/assessments/data.ts). */
  assessments: AssessmentDTO[];
  /** Every saved version of every episode's program, oldest first. */
  programs: ProgramVersionRecord[];
  /** Oldest first. */
  exerciseLogs: ExerciseLogRecord[];
  morningPains: MorningPainRecord[];
  cramps: CrampRecord[];
  lefs: LefsRecord[];
};

export type StaffMember = { id: string; name: string; role: "ADMIN" | "CLINICIAN" };

export type EpisodeRecord = {
  id: string;
  diagnosis: string;
  icd10Code: string | null;
  side: "LEFT" | "RIGHT" | "BOTH";
  onsetDate: string;
  mechanism: "SPRINTING" | "STRETCHING" | "OTHER";
  status: "ACTIVE" | "ON_HOLD" | "FINISHED";
  phase: Phase;
  clinicianId: string;
  createdAt: string;
  /** Oldest first; the first has no fromPhase. */
  phaseChanges: { fromPhase: Phase | null; toPhase: Phase; changedAt: string; changedById: string; reason: string | null }[];
  /** Oldest first. */
  statusChanges: { fromStatus: EpisodeRecord["status"]; toStatus: EpisodeRecord["status"]; changedAt: string; changedById: string }[];
};

export type ProgramVersionRecord = {
  id: string;
  episodeId: string;
  version: number;
  phase: Phase;
  note: string | null;
  createdById: string;
  createdAt: string;
  items: ProgramItemRecord[];
};

export type ProgramItemRecord = Dose & {
  /** The database row id: exercise logs point at it. */
  id: string;
  position: number;
  exerciseCode: string;
  /** The exercise's name as it was when this version was saved (a clinic exercise's saved version). */
  exerciseName: string;
  notes: string | null;
  /** The clinician's reason, e.g. "Left hip abduction (MMT) 3+/5: grade 4 or below → Side-lying hip abduction". */
  rationale: string | null;
  /** The reason in the patient's words. */
  patientReason: string | null;
};

export type ExerciseLogRecord = {
  id: string;
  episodeId: string;
  programId: string;
  programItemId: string;
  exerciseCode: string;
  performedOn: string;
  asPrescribed: boolean;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number | null;
  /** NPRS 0–10 during the exercise. */
  painDuring: number | null;
  note: string | null;
  createdAt: string;
};

export type MorningPainRecord = { id: string; episodeId: string; sessionDate: string; pain: number; recordedAt: string };

export type CrampRecord = {
  id: string;
  episodeId: string | null;
  onsetAt: string;
  context: CrampContext;
  muscleSite: MuscleSite;
  side: CrampSide;
  durationSeconds: number;
  /** 0–10 */
  severity: number;
  stoppedActivity: boolean;
  reliefMethods: ReliefMethod[];
  fluidIntakeMl: number | null;
  sleepDisrupted: boolean | null;
  systemicSymptoms: boolean;
  popFelt: boolean | null;
  bruising: boolean | null;
  troubleStraightening: boolean | null;
  lastingTenderness: boolean | null;
  notes: string | null;
  createdAt: string;
};

export type LefsRecord = {
  id: string;
  episodeId: string | null;
  requestedById: string;
  requestedAt: string;
  completedAt: string | null;
  /** 0–80, set when completed. */
  total: number | null;
  answers: { item: number; score: number }[];
};
