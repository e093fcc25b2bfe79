import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { ClinicSettingsDTO } from "./types";

export const CLINIC_SETTINGS_SELECT = {
  name: true,
  timeZone: true,
  assessmentMinutes: true,
  treatmentMinutes: true,
  reviewMinutes: true,
  telehealthMinutes: true,
  version: true,
} as const;

/** The caller's own clinic's settings: the scope's clinic and no other. */
export async function getClinicSettings(scope: ClinicScope): Promise<ClinicSettingsDTO> {
  return db.clinic.findUniqueOrThrow({ where: { id: scope.clinicId }, select: CLINIC_SETTINGS_SELECT });
}
