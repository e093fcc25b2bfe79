import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/core/auth/permissions";
import { clinicScopeOf, getViewer, patientScopeOf, requirePatientScope } from "@/lib/core/auth/session";
import { patientIdSchema } from "@/lib/patients/schema";
import { loadPatientToday } from "@/lib/portal/loaders";
import { readOwnRecord, readPatientRecord } from "./data";
import { fhirBundleDownload, notFoundResponse, signInRedirect } from "./download";
import { readableRecord } from "./readable-record";

/**
 * "Export FHIR" on the patient page: the patient's whole record in the caller's clinic as one R4
 * Bundle file. Staff only; anyone else, and any other clinic's or malformed id, gets the same 404.
 */
export async function patientRecordDownload(request: Request, patientIdParam: string): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return signInRedirect(request);
  const scope = can(viewer.role, "patients:read") ? clinicScopeOf(viewer) : null;
  const patientId = patientIdSchema.safeParse(patientIdParam);
  if (!scope || !patientId.success) return notFoundResponse();
  const record = await readPatientRecord(scope, patientId.data);
  return record ? fhirBundleDownload(request, record, scope.actorId) : notFoundResponse();
}

/** "Download my data": the signed-in patient's own record as the same Bundle staff export. */
export async function ownRecordDownload(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return signInRedirect(request);
  const scope = await patientScopeOf(viewer);
  const record = scope && (await readOwnRecord(scope));
  return record ? fhirBundleDownload(request, record, scope.actorId) : notFoundResponse();
}

/** The signed-in patient's own record in words, for the printable "My data" page. */
export async function loadOwnReadableRecord() {
  const { scope } = await requirePatientScope();
  const [record, { timeZone }] = await Promise.all([readOwnRecord(scope), loadPatientToday()]);
  if (!record) notFound();
  return { patientName: `${record.patient.firstName} ${record.patient.lastName}`, clinicName: record.clinic.name, sections: readableRecord(record, timeZone) };
}
