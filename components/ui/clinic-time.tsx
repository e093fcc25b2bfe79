"use client";

import { formatDate, formatDateTime } from "@/lib/core/dates";
import { useClinicTimeZone } from "./clinic-time-zone";

/** An instant in the clinic's zone, named: "2 Mar 2026, 08:00 GMT+10". Server and client render the same text. */
export function ClinicDateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, useClinicTimeZone())}</time>;
}

/** The clinic's calendar day of an instant: "2 Mar 2026". */
export function ClinicDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso, useClinicTimeZone())}</time>;
}
