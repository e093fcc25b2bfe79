import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { EpisodeDTO, EpisodeSummaryDTO } from "./types";

const summarySelect = {
  id: true,
  diagnosis: true,
  icd10Code: true,
  side: true,
  onsetDate: true,
  mechanism: true,
  status: true,
  phase: true,
  phaseSince: true,
  version: true,
  clinician: { select: { name: true } },
} as const;

type SummaryRecord = {
  onsetDate: Date;
  phaseSince: Date;
  icd10Code: string | null;
  clinician: { name: string };
} & Omit<EpisodeSummaryDTO, "onsetDate" | "phaseSince" | "icd10Code" | "clinicianName">;

function toSummary({ clinician, onsetDate, phaseSince, icd10Code, ...record }: SummaryRecord): EpisodeSummaryDTO {
  return {
    ...record,
    icd10Code: icd10Code ?? "",
    onsetDate: onsetDate.toISOString().slice(0, 10),
    phaseSince: phaseSince.toISOString(),
    clinicianName: clinician.name,
  };
}

/** A patient's episodes of care in the caller's clinic, newest first. */
export async function listPatientEpisodes(scope: ClinicScope, patientId: string): Promise<EpisodeSummaryDTO[]> {
  const records = await db.episode.findMany({
    where: { clinicId: scope.clinicId, patientId },
    orderBy: { createdAt: "desc" },
    select: summarySelect,
  });
  return records.map(toSummary);
}

/** One episode of the patient in the caller's clinic with its phase history, or null. */
export async function getEpisode(scope: ClinicScope, patientId: string, episodeId: string): Promise<EpisodeDTO | null> {
  const record = await db.episode.findFirst({
    where: { id: episodeId, clinicId: scope.clinicId, patientId },
    select: {
      ...summarySelect,
      patientId: true,
      phaseChanges: {
        orderBy: { changedAt: "asc" },
        select: { fromPhase: true, toPhase: true, changedAt: true, reason: true, changedBy: { select: { name: true } } },
      },
    },
  });
  if (!record) return null;
  const { phaseChanges, patientId: owner, ...summary } = record;
  return {
    ...toSummary(summary),
    patientId: owner,
    phaseChanges: phaseChanges.map(({ changedBy, changedAt, reason, ...change }) => ({
      ...change,
      changedAt: changedAt.toISOString(),
      changedByName: changedBy.name,
      reason: reason ?? "",
    })),
  };
}
