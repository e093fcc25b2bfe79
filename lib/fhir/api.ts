import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { withApiKey } from "@/lib/fhir-api/handler";
import { recordApiRead } from "@/lib/fhir-api/mutations";
import { matchesCode, parseCodeParam, patientParam, searchsetBundle } from "@/lib/fhir-api/observation-search";
import { badRequestResponse, FHIR_JSON, fhirResponse, notFoundResponse } from "@/lib/fhir-api/operation-outcome";
import { patientIdSchema } from "@/lib/patients/schema";
import { observationResources, patientBundleStream } from "./bundle";
import { readPatientRecord } from "./data";
import { fhirBase } from "./download";
import { recordExport } from "./mutations";
import { patientResource } from "./patient";

/**
 * The read-only FHIR API's record reads (app/fhir/R4; the key, rate-limit and OperationOutcome
 * machinery is lib/fhir-api). Each authenticates the API key first (withApiKey), then reads the
 * record in the key's clinic: an id that cannot be a patient's, a patient that does not exist and
 * another clinic's patient all get the same 404. Each read is audited, as the key, before its answer
 * leaves. A Patient read maps the whole record too: one record's handful of statements, and the same
 * Patient resource $everything holds.
 */

/** The key's clinic's patient's record, or null; a malformed id is not even looked up. */
async function recordOf(scope: ClinicScope, patientId: string) {
  return patientIdSchema.safeParse(patientId).success ? readPatientRecord(scope, patientId) : null;
}

/** GET /fhir/R4/Patient/{id}. */
export function readPatient(request: Request, patientId: string): Promise<Response> {
  return withApiKey(request, async (scope) => {
    const record = await recordOf(scope, patientId);
    if (!record) return notFoundResponse("Patient", patientId);
    await recordApiRead(scope, { action: "READ", entityType: "Patient", patientId });
    return fhirResponse(patientResource(record));
  });
}

/** GET /fhir/R4/Patient/{id}/$everything: the clinician export's Bundle, streamed entry by entry. */
export function patientEverything(request: Request, patientId: string): Promise<Response> {
  return withApiKey(request, async (scope) => {
    const record = await recordOf(scope, patientId);
    if (!record) return notFoundResponse("Patient", patientId);
    // The same EXPORT event as the clinician's download, with the key as the actor.
    await recordExport(record, scope.actorId);
    const body = patientBundleStream(record, { base: fhirBase(request), timestamp: new Date().toISOString() });
    return new Response(body, { headers: { "Content-Type": FHIR_JSON, "Cache-Control": "no-store" } });
  });
}

/** GET /fhir/R4/Observation?patient={id}[&code=…]: one patient's Observations, as a searchset. */
export function searchObservations(request: Request): Promise<Response> {
  return withApiKey(request, async (scope) => {
    const url = new URL(request.url);
    const patientId = patientParam(url.searchParams.get("patient"));
    if (!patientId) return badRequestResponse("Search Observations with patient=<id>: this server searches one patient at a time.", "required");
    const record = await recordOf(scope, patientId);
    if (!record) return notFoundResponse("Patient", patientId);
    await recordApiRead(scope, { action: "READ", entityType: "Observation", patientId });
    const base = fhirBase(request);
    const codes = parseCodeParam(url.searchParams.get("code"));
    const matches = observationResources(record).filter((observation) => matchesCode(observation, codes));
    return fhirResponse(searchsetBundle(matches, { base, self: `${base}/Observation${url.search}`, timestamp: new Date().toISOString() }));
  });
}
