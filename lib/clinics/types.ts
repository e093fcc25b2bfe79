import type { TimeZoneOption } from "./time-zone-options";
import type { VisitMinutesField } from "./visit-types";

/** A clinic's settings as the settings page shows them. */
export type ClinicSettingsDTO = { name: string; timeZone: string; version: number } & Record<VisitMinutesField, number>;

export type ClinicSettingsPageDTO = { settings: ClinicSettingsDTO; timeZones: TimeZoneOption[] };
