import "server-only";
import { z } from "zod";
import { patientBundleStream, observationResources } from "@/lib/fhir/bundle";
import { patientResource } from "@/lib/fhir/patient";
import { readPatientRecord } from "@/lib/fhir/record-data";
import { fhirBase, withApiKey } from "./handler";
import { recordApiRead } from "./mutations";
import { matchesCode, parseCodeParam, patientParam, searchsetBundle } from "./observation-search";
import { badRequestResponse, FHIR_JSON, fhirResponse, notFoundResponse } from "./operation-outcome";

/**
 * The FHIR API's record reads. Each authenticates the key first (withApiKey), then reads the record in
 * the key's clinic: an id that cannot be a patient's, a patient that does not exist and another
 * clinic's patient all get the same 404. Each read is audited before its answer leaves.
 */

const uuid = z.uuid();

/** The key's clinic's patient's record, or null; a malformed id is not even looked up. */
async function recordOf(scope: Parameters<typeof readPatientRecord>[0], patientId: string) {
  return uuid.safeParse(patientId).success ? readPatientRecord(scope, patientId) : null;
}

/** GET /fhir/R4/Patient/{id}. */
export function readPatient(request: Request, patientId: string): Promise<Response> {
  return withApiKey(request, "fhir:read", async (scope) => {
    const record = await recordOf(scope, patientId);
    if (!record) return notFoundResponse("Patient", patientId);
    await recordApiRead(scope, { action: "READ", entityType: "Patient", patientId });
    return fhirResponse(patientResource(record));
  });
}

/** GET /fhir/R4/Patient/{id}/$everything: the clinician export's Bundle, streamed entry by entry. */
export function patientEverything(request: Request, patientId: string): Promise<Response> {
  return withApiKey(request, "fhir:read", async (scope) => {
    const record = await recordOf(scope, patientId);
    if (!record) return notFoundResponse("Patient", patientId);
    await recordApiRead(scope, { action: "EXPORT", entityType: "Patient", patientId });
    const body = patientBundleStream(record, { base: fhirBase(request), timestamp: new Date().toISOString() });
    return new Response(body, { headers: { "Content-Type": FHIR_JSON, "Cache-Control": "no-store" } });
  });
}

/** GET /fhir/R4/Observation?patient={id}[&code=…]: one patient's Observations, as a searchset. */
export function searchObservations(request: Request): Promise<Response> {
  return withApiKey(request, "fhir:read", async (scope) => {
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
