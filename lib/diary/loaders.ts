import "server-only";
import { can } from "@/lib/core/auth/permissions";
import { requireClinicScope } from "@/lib/core/auth/session";
import { loadPatient } from "@/lib/patients/loaders";
import { listDiaryCramps, listDiaryExerciseLogs, listDiaryLefs } from "./data";
import type { PatientDiaryDTO } from "./types";

/** The Diary tab: the patient's exercise logs, cramps and LEFS results; 404 for another clinic's patient. */
export async function loadPatientDiary(patientId: string) {
  const { scope, viewer } = await requireClinicScope("diary:read");
  const patient = await loadPatient(patientId);
  const [logs, cramps, lefs] = await Promise.all([
    listDiaryExerciseLogs(scope, patient.id),
    listDiaryCramps(scope, patient.id),
    listDiaryLefs(scope, patient.id),
  ]);
  const diary: PatientDiaryDTO = { logs, cramps, lefs };
  // Only shown when asking could work; the mutation checks the same things again.
  const lefsRequest = !can(viewer.role, "diary:request")
    ? "hidden"
    : patient.status !== "ACTIVE"
      ? "archived"
      : patient.hasPortalAccount
        ? "available"
        : "no-portal-account";
  return { diary, lefsRequest } as const;
}
