import "server-only";
import { configuredOrigin } from "@/lib/core/public-origin";
import { calendarDayIn } from "@/lib/core/time-zones";
import { patientBundleStream } from "./bundle";
import { recordExport } from "./mutations";
import type { PatientRecord } from "./record";

/** Where the record's resources live: the read-only API's base (app/fhir/R4), on the public address. */
export function fhirBase(request: Request): string {
  const origin = configuredOrigin() || new URL(request.url).origin;
  return `${origin.replace(/\/$/, "")}/fhir/R4`;
}

/**
 * The record as one FHIR Bundle file, streamed entry by entry, after an EXPORT audit event that says
 * who took it: staff exporting a patient's record, or the patient downloading their own.
 */
export async function fhirBundleDownload(request: Request, record: PatientRecord, actorId: string): Promise<Response> {
  const timestamp = new Date().toISOString();
  await recordExport(record, actorId);
  const day = calendarDayIn(record.clinic.timeZone, new Date(timestamp));
  const filename = `rehabit-${record.patient.recordNumber.replace(/[^A-Za-z0-9-]/g, "_")}-${day}.fhir.json`;
  return new Response(patientBundleStream(record, { base: fhirBase(request), timestamp }), {
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** What a download link answers for a record that is not the caller's to take: the same as no record. */
export const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A signed-out visitor is sent to sign in and brought back to the download. */
export function signInRedirect(request: Request): Response {
  const url = new URL(request.url);
  const login = new URL("/login", url);
  login.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
  return Response.redirect(login, 303);
}
