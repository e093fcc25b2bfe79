import "server-only";
import { listPatientAssessments } from "@/lib/assessments/data";
import { clinicScopeForOwnRecord, type ClinicScope, type PatientScope } from "@/lib/core/auth/session";
import { toIsoDate } from "@/lib/core/calendar";
import { db } from "@/lib/core/db";
import { SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { getPatient } from "@/lib/patients/data";
import { logSelect } from "@/lib/portal/data";
import { doseOf } from "@/lib/programs/load";
import type { PatientRecord, StaffMember } from "./record";

const iso = (date: Date) => date.toISOString();

/**
 * One patient's whole record in the caller's clinic for the FHIR export, or null when the patient is
 * not the clinic's. The patient and their assessments are read by the pages' own data functions; the
 * rest in one query per table, each filtered by clinic and patient, so a 3,000-log record is a handful
 * of statements. `patientId` must already be a valid uuid.
 */
export async function readPatientRecord(scope: ClinicScope, patientId: string): Promise<PatientRecord | null> {
  const patient = await getPatient(scope, patientId);
  if (!patient) return null;
  const owner = { clinicId: scope.clinicId, patientId };
  const [clinic, assessments, episodes, programs, exerciseLogs, morningPains, cramps, lefs] = await Promise.all([
    db.clinic.findUniqueOrThrow({ where: { id: scope.clinicId }, select: { id: true, name: true } }),
    listPatientAssessments(scope, patientId),
    db.episode.findMany({
      where: owner,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        diagnosis: true,
        icd10Code: true,
        side: true,
        onsetDate: true,
        mechanism: true,
        status: true,
        phase: true,
        clinicianId: true,
        createdAt: true,
        phaseChanges: { orderBy: { changedAt: "asc" }, select: { fromPhase: true, toPhase: true, changedAt: true, changedById: true, reason: true } },
        statusChanges: { orderBy: { changedAt: "asc" }, select: { fromStatus: true, toStatus: true, changedAt: true, changedById: true } },
      },
    }),
    db.program.findMany({
      where: { clinicId: scope.clinicId, episode: { patientId } },
      orderBy: [{ createdAt: "asc" }, { version: "asc" }],
      select: {
        id: true,
        episodeId: true,
        version: true,
        phase: true,
        note: true,
        createdById: true,
        createdAt: true,
        items: { orderBy: { position: "asc" }, include: { clinicExerciseVersion: { select: { name: true } } } },
      },
    }),
    db.exerciseLog.findMany({
      where: owner,
      orderBy: [{ performedOn: "asc" }, { createdAt: "asc" }],
      select: { ...logSelect, episodeId: true, createdAt: true },
    }),
    db.morningPain.findMany({ where: owner, orderBy: { sessionDate: "asc" }, select: { id: true, episodeId: true, sessionDate: true, pain: true, recordedAt: true } }),
    db.crampEntry.findMany({ where: owner, orderBy: { onsetAt: "asc" }, omit: { clinicId: true, patientId: true, idempotencyKey: true } }),
    db.lefsQuestionnaire.findMany({
      where: owner,
      orderBy: { requestedAt: "asc" },
      select: {
        id: true,
        episodeId: true,
        requestedById: true,
        requestedAt: true,
        completedAt: true,
        total: true,
        answers: { orderBy: { item: "asc" }, select: { item: true, score: true } },
      },
    }),
  ]);

  const staffIds = new Set<string>([
    ...assessments.map((assessment) => assessment.clinicianId),
    ...episodes.flatMap((episode) => [episode.clinicianId, ...episode.phaseChanges.map((change) => change.changedById), ...episode.statusChanges.map((change) => change.changedById)]),
    ...programs.map((program) => program.createdById),
    ...lefs.map((questionnaire) => questionnaire.requestedById),
  ]);
  const staffRecords = await db.user.findMany({
    where: { clinicId: scope.clinicId, id: { in: [...staffIds] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
  const staff: StaffMember[] = staffRecords.map(({ role, ...member }) => ({ ...member, role: role === "ADMIN" ? "ADMIN" : "CLINICIAN" }));

  return {
    clinic: { ...clinic, timeZone: scope.timeZone },
    patient: {
      id: patient.id,
      recordNumber: patient.recordNumber,
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth: patient.dateOfBirth,
      sex: patient.sex,
      email: patient.email,
      phone: patient.phone,
      status: patient.status,
      updatedAt: patient.updatedAt,
    },
    staff,
    assessments,
    episodes: episodes.map(({ onsetDate, createdAt, phaseChanges, statusChanges, ...episode }) => ({
      ...episode,
      onsetDate: toIsoDate(onsetDate),
      createdAt: iso(createdAt),
      phaseChanges: phaseChanges.map(({ changedAt, ...change }) => ({ ...change, changedAt: iso(changedAt) })),
      statusChanges: statusChanges.map(({ changedAt, ...change }) => ({ ...change, changedAt: iso(changedAt) })),
    })),
    programs: programs.map(({ createdAt, items, ...program }) => ({
      ...program,
      createdAt: iso(createdAt),
      items: items.map((item) => ({
        ...doseOf(item),
        id: String(item.id),
        position: item.position,
        exerciseCode: item.exerciseCode,
        // The name the patient was given: a clinic exercise's saved version, or the shared library's.
        exerciseName: item.clinicExerciseVersion?.name ?? SHARED_CATALOGUE.byCode(item.exerciseCode)?.name ?? item.exerciseCode,
        notes: item.notes,
        rationale: item.rationale,
        patientReason: item.patientReason,
      })),
    })),
    exerciseLogs: exerciseLogs.map(({ performedOn, createdAt, programItemId, version: _version, ...log }) => ({
      ...log,
      programItemId: String(programItemId),
      performedOn: toIsoDate(performedOn),
      createdAt: iso(createdAt),
    })),
    morningPains: morningPains.map(({ sessionDate, recordedAt, ...pain }) => ({ ...pain, sessionDate: toIsoDate(sessionDate), recordedAt: iso(recordedAt) })),
    cramps: cramps.map(({ onsetAt, createdAt, ...cramp }) => ({ ...cramp, onsetAt: iso(onsetAt), createdAt: iso(createdAt) })),
    lefs: lefs.map(({ requestedAt, completedAt, ...questionnaire }) => ({
      ...questionnaire,
      requestedAt: iso(requestedAt),
      completedAt: completedAt ? iso(completedAt) : null,
    })),
  };
}

/** The signed-in patient's own record, for their data download. */
export function readOwnRecord(scope: PatientScope): Promise<PatientRecord | null> {
  return readPatientRecord(clinicScopeForOwnRecord(scope), scope.patientId);
}
