import "server-only";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { getClinicSettings } from "./data";
import { timeZoneOptions } from "./time-zone-options";
import type { ClinicSettingsPageDTO } from "./types";

/** The clinic settings page: admins only (404 for anyone else), their own clinic. */
export const loadClinicSettingsPage = cache(async (): Promise<ClinicSettingsPageDTO> => {
  const { scope } = await requireClinicScope("clinic:manage");
  return { settings: await getClinicSettings(scope), timeZones: timeZoneOptions(new Date()) };
});
