import "server-only";
import { notFound } from "next/navigation";
import { requireClinicScope } from "@/lib/core/auth/session";
import { todayIn } from "@/lib/core/dates";
import { loadPatient } from "@/lib/patients/loaders";
import { getProgressRecords, listProgressEpisodes } from "./data";
import { buildProgressView, selectEpisode } from "./progress-view";
import type { ProgressParams } from "./schema";
import type { ProgressView } from "./types";

/**
 * The clinician's progress tab: staff with progress:read, for a patient of their own clinic. Another
 * clinic's patient, a malformed id, or an episode id that is not this patient's answer 404. The range
 * ends on `today`, the clinic's unless a test gives one.
 */
export async function loadProgress(patientId: string, params: ProgressParams, today?: string): Promise<ProgressView> {
  const { scope } = await requireClinicScope("progress:read");
  const patient = await loadPatient(patientId);
  const episodes = await listProgressEpisodes(scope, patient.id);
  const selected = selectEpisode(episodes, params.episode);
  if (selected === "not-found") notFound();
  const records = await getProgressRecords(scope, patient, episodes, selected?.id ?? null);
  const view = buildProgressView(records, params, today ?? todayIn(scope.timeZone));
  if (!view) notFound();
  return view;
}
