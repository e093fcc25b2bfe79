"use client";

import { createContext, useContext } from "react";
import { DEFAULT_TIME_ZONE } from "@/lib/core/time-zones";

/**
 * The clinic's time zone for everything under the staff layout, which provides it from the session (no
 * query of its own). Outside it (the portal's account page) times stay in UTC, as they were.
 */
const ClinicTimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

export function ClinicTimeZoneProvider({ timeZone, children }: { timeZone: string; children: React.ReactNode }) {
  return <ClinicTimeZoneContext value={timeZone}>{children}</ClinicTimeZoneContext>;
}

export function useClinicTimeZone(): string {
  return useContext(ClinicTimeZoneContext);
}
