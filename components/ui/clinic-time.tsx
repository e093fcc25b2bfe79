"use client";

import { createContext, useContext } from "react";
import { formatDate, formatDateTime } from "@/lib/core/dates";
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

/** An instant in the clinic's zone, named: "2 Mar 2026, 08:00 GMT+10". Server and client render the same text. */
export function ClinicDateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, useClinicTimeZone())}</time>;
}

/** The clinic's calendar day of an instant: "2 Mar 2026". */
export function ClinicDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso, useClinicTimeZone())}</time>;
}
