import "server-only";
import { measuredInAcutePhase, type PhaseEntry } from "@/lib/assessments/phase-at-measurement";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { ISO_UTC } from "@/lib/core/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { isMeasureCode } from "./catalogue";
import type { MeasurementCorrection } from "./corrections";
import type { MeasurementRow } from "./measurement-form-mapping";
import type { AssessmentDTO, ClinicianOption } from "./types";

/** One assessment as assessmentsSql reads it: rows and corrections already in their DTO shape (codes not yet checked). */
type AssessmentRecord = Omit<AssessmentDTO, "involvedSide" | "acutePhase" | "rows" | "corrections"> & {
  episodeSide: "LEFT" | "RIGHT" | "BOTH" | null;
  phaseChanges: { toPhase: PhaseEntry["toPhase"]; changedAt: string }[];
  rows: (Omit<MeasurementRow, "measureCode"> & { measureCode: string })[];
  corrections: MeasurementCorrection[];
};

/**
 * A patient's assessments with their current values, the earlier values corrections replaced (newest
 * first) and their episode's phase changes, in one statement: the history, findings and changes are all
 * computed from it. Written as SQL because it is the heaviest read of four patient pages: Prisma's
 * relation loading built the same result in 6.8–7.8 ms against 2.9 ms here (its query compiler and
 * jsonb LATERAL joins; measured 2026-12-08 on the 24-assessment bench patient).
 */
function assessmentsSql(scope: ClinicScope, patientId: string, order: "oldest first" | "latest only"): Prisma.Sql {
  const tail = order === "oldest first" ? Prisma.sql`ORDER BY a.assessed_on, a.created_at` : Prisma.sql`ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1`;
  return Prisma.sql`
    SELECT a.id::text, a.patient_id::text AS "patientId", a.episode_id::text AS "episodeId", a.assessed_on::text AS "assessedOn",
           a.clinician_id::text AS "clinicianId", clinician.name AS "clinicianName", a.body_mass_kg AS "bodyMassKg",
           coalesce(a.notes, '') AS notes, a.version, episode.side::text AS "episodeSide",
           (SELECT coalesce(json_agg(json_build_object('toPhase', change.to_phase, 'changedAt', to_char(change.changed_at, ${ISO_UTC})) ORDER BY change.changed_at), '[]')
              FROM phase_change AS change WHERE change.episode_id = episode.id AND change.clinic_id = episode.clinic_id) AS "phaseChanges",
           (SELECT coalesce(json_agg(json_build_object('measureCode', m.measure_code, 'side', m.side, 'value', m.value, 'method', m.method,
                                                       'context', m.context, 'flag', m.flag) ORDER BY m.id), '[]')
              FROM measurement AS m WHERE m.assessment_id = a.id AND m.clinic_id = a.clinic_id) AS rows,
           (SELECT coalesce(json_agg(json_build_object('measureCode', r.measure_code, 'side', r.side, 'context', r.context, 'removed', r.removed,
                                                       'was', json_build_object('value', r.value, 'method', r.method, 'flag', r.flag),
                                                       'correctedAt', to_char(r.superseded_at, ${ISO_UTC}), 'correctedByName', corrector.name)
                                     ORDER BY r.superseded_at DESC, r.id DESC), '[]')
              FROM measurement_revision AS r
              JOIN app_user AS corrector ON corrector.id = r.superseded_by_id AND corrector.clinic_id = r.clinic_id
              WHERE r.assessment_id = a.id AND r.clinic_id = a.clinic_id) AS corrections
    FROM assessment AS a
    JOIN app_user AS clinician ON clinician.id = a.clinician_id AND clinician.clinic_id = a.clinic_id
    LEFT JOIN episode ON episode.id = a.episode_id AND episode.clinic_id = a.clinic_id AND episode.patient_id = a.patient_id
    WHERE a.clinic_id = ${scope.clinicId}::uuid AND a.patient_id = ${patientId}::uuid
    ${tail}`;
}

// Rows of a measure no longer in the catalogue are kept in the database but not interpreted.
const knownRows = (rows: AssessmentRecord["rows"]) => rows.filter((row): row is MeasurementRow => isMeasureCode(row.measureCode));

// The injured leg is the one a limb-symmetry index compares; "both" names no single involved side.
const involvedSideOf = (side: AssessmentRecord["episodeSide"]) => (side === "LEFT" || side === "RIGHT" ? side : null);

/** What the findings of one assessment are computed from (findings.ts). */
export type FindingsInput = Pick<AssessmentDTO, "assessedOn" | "bodyMassKg" | "involvedSide" | "rows">;

/**
 * The patient's most recent assessment (latest day, then latest entered), as the last of
 * listPatientAssessments, with only what its findings need, for screens that suggest from the latest
 * findings alone.
 */
export async function getLatestAssessment(scope: ClinicScope, patientId: string): Promise<FindingsInput | null> {
  const [record] = await db.$queryRaw<AssessmentRecord[]>(assessmentsSql(scope, patientId, "latest only"));
  if (!record) return null;
  return { assessedOn: record.assessedOn, bodyMassKg: record.bodyMassKg, involvedSide: involvedSideOf(record.episodeSide), rows: knownRows(record.rows) };
}

/**
 * Every assessment of one patient of the caller's clinic, oldest first, with its current values (the
 * measurement table holds only those) and the earlier values corrections replaced, newest first.
 */
export async function listPatientAssessments(scope: ClinicScope, patientId: string): Promise<AssessmentDTO[]> {
  const records = await db.$queryRaw<AssessmentRecord[]>(assessmentsSql(scope, patientId, "oldest first"));
  return records.map(({ episodeSide, phaseChanges, rows, ...record }) => ({
    ...record,
    involvedSide: involvedSideOf(episodeSide),
    acutePhase: measuredInAcutePhase(
      phaseChanges.map((change) => ({ toPhase: change.toPhase, changedAt: new Date(change.changedAt) })),
      record.assessedOn,
      scope.timeZone,
    ),
    rows: knownRows(rows),
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
