import "server-only";
import { measuredInAcutePhase } from "@/lib/assessments/phase-at-measurement";
import type { ClinicScope } from "@/lib/core/auth/session";
import { toIsoDate } from "@/lib/core/calendar";
import { db } from "@/lib/core/db";
import { isMeasureCode } from "./catalogue";
import type { MeasurementRow } from "./measurement-form-mapping";
import type { AssessmentDTO, ClinicianOption } from "./types";

const measurementSelect = { measureCode: true, side: true, value: true, method: true, context: true, flag: true } as const;

/** What the findings of one assessment are computed from (findings.ts). */
export type FindingsInput = Pick<AssessmentDTO, "assessedOn" | "bodyMassKg" | "involvedSide" | "rows">;

/**
 * The patient's most recent assessment (latest day, then latest entered), as the last of
 * listPatientAssessments, with only what its findings need: one row and its current values, not the
 * whole history, for screens that suggest from the latest findings alone.
 */
export async function getLatestAssessment(scope: ClinicScope, patientId: string): Promise<FindingsInput | null> {
  const record = await db.assessment.findFirst({
    where: { clinicId: scope.clinicId, patientId },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    select: { assessedOn: true, bodyMassKg: true, episode: { select: { side: true } }, measurements: { select: measurementSelect, orderBy: { id: "asc" } } },
  });
  if (!record) return null;
  return {
    assessedOn: toIsoDate(record.assessedOn),
    bodyMassKg: record.bodyMassKg,
    involvedSide: involvedSideOf(record.episode),
    rows: record.measurements.filter((row): row is MeasurementRow => isMeasureCode(row.measureCode)),
  };
}

// The injured leg is the one a limb-symmetry index compares; "both" names no single involved side.
const involvedSideOf = (episode: { side: "LEFT" | "RIGHT" | "BOTH" } | null) => (episode && episode.side !== "BOTH" ? episode.side : null);

/**
 * Every assessment of one patient of the caller's clinic, oldest first, with its current values (the
 * measurement table holds only those) and the earlier values corrections replaced, newest first: the
 * history, findings and changes are all computed from this one query.
 */
export async function listPatientAssessments(scope: ClinicScope, patientId: string): Promise<AssessmentDTO[]> {
  const records = await db.assessment.findMany({
    where: { clinicId: scope.clinicId, patientId },
    orderBy: [{ assessedOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      patientId: true,
      episodeId: true,
      assessedOn: true,
      clinicianId: true,
      bodyMassKg: true,
      notes: true,
      version: true,
      clinician: { select: { name: true } },
      episode: { select: { side: true, phaseChanges: { orderBy: { changedAt: "asc" }, select: { toPhase: true, changedAt: true } } } },
      measurements: { select: measurementSelect, orderBy: { id: "asc" } },
      revisions: {
        where: { clinicId: scope.clinicId },
        orderBy: [{ supersededAt: "desc" }, { id: "desc" }],
        select: { measureCode: true, side: true, context: true, value: true, method: true, flag: true, removed: true, supersededAt: true, supersededBy: { select: { name: true } } },
      },
    },
  });
  return records.map(({ clinician, episode, measurements, revisions, assessedOn, notes, ...record }) => ({
    ...record,
    involvedSide: involvedSideOf(episode),
    assessedOn: toIsoDate(assessedOn),
    acutePhase: measuredInAcutePhase(episode?.phaseChanges, toIsoDate(assessedOn), scope.timeZone),
    notes: notes ?? "",
    clinicianName: clinician.name,
    // Rows of a measure no longer in the catalogue are kept in the database but not interpreted.
    rows: measurements.filter((row): row is MeasurementRow => isMeasureCode(row.measureCode)),
    corrections: revisions.map(({ value, method, flag, supersededAt, supersededBy, ...key }) => ({
      ...key,
      was: { value, method, flag },
      correctedAt: supersededAt.toISOString(),
      correctedByName: supersededBy.name,
    })),
  }));
}

/** Staff of the caller's clinic who can be named as the assessing clinician. */
export async function listClinicians(scope: ClinicScope): Promise<ClinicianOption[]> {
  return db.user.findMany({
    where: { clinicId: scope.clinicId, role: { in: ["CLINICIAN", "ADMIN"] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** The patient's episodes that an assessment can be linked to (not finished). */
export async function listOpenEpisodes(scope: ClinicScope, patientId: string) {
  return db.episode.findMany({
    where: { clinicId: scope.clinicId, patientId, status: { not: "FINISHED" } },
    select: { id: true, diagnosis: true, onsetDate: true },
    orderBy: { createdAt: "desc" },
  });
}
