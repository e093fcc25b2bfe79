import type { Bundle, BundleEntry, Observation, Reference, Resource } from "@medplum/fhirtypes";
import { mapAssessment, type MappedAssessment } from "./assessment-observations";
import { carePlanResources } from "./care-plan";
import { conditionResource, episodeOfCareResource } from "./episode";
import { lefsQuestionnaire, lefsResponse, lefsTotalObservation } from "./lefs";
import { organizationResource, patientResource, practitionerResources } from "./patient";
import { crampObservation, exerciseLogObservation, morningPainObservation } from "./patient-reported";
import { assessmentProvenance, patientReportedProvenance, programProvenances } from "./provenance";
import type { PatientRecord } from "./record";
import { fhirId, reference, type FhirOptions } from "./systems";

/**
 * One patient's record as a FHIR R4 collection Bundle: the clinician's export, the API's
 * Patient/$everything and the patient's own download. Everything comes from the one PatientRecord,
 * so nothing outside it can appear. Entries are `${base}/Type/id`, so the relative references inside
 * the resources ("Patient/…") resolve to them (FHIR R4 §3.3.1 resolving references in bundles).
 */
export type BundleOptions = FhirOptions & {
  /** Bundle.id; by default one derived from the patient's id. */
  id?: string;
};

export function mapAssessments(record: PatientRecord): MappedAssessment[] {
  return record.assessments.map((assessment) => mapAssessment(record, assessment));
}

/** Every resource of the record in a stable order; patient-recorded logs are mapped one at a time. */
export function* patientBundleResources(record: PatientRecord): Generator<Resource> {
  yield patientResource(record);
  yield organizationResource(record);
  yield* practitionerResources(record);
  for (const episode of record.episodes) {
    yield conditionResource(record, episode);
    yield episodeOfCareResource(record, episode);
  }
  const assessments = mapAssessments(record);
  for (const mapped of assessments) yield* mapped.observations;
  if (record.lefs.length) yield lefsQuestionnaire();
  for (const lefs of record.lefs) {
    yield lefsResponse(record, lefs);
    const total = lefsTotalObservation(record, lefs);
    if (total) yield total;
  }
  yield* carePlanResources(record, assessments);

  const reported: Reference[] = [];
  const times: string[] = [];
  const collect = <T extends Observation>(resource: T, time: string): T => {
    reported.push(reference("Observation", resource.id!));
    times.push(time);
    return resource;
  };
  for (const log of record.exerciseLogs) yield collect(exerciseLogObservation(record, log), log.createdAt);
  for (const pain of record.morningPains) yield collect(morningPainObservation(record, pain), pain.recordedAt);
  for (const cramp of record.cramps) yield collect(crampObservation(record, cramp), cramp.createdAt);
  for (const lefs of record.lefs.filter((candidate) => candidate.answers.length > 0)) {
    reported.push(reference("QuestionnaireResponse", lefs.id));
    times.push(lefs.completedAt ?? lefs.requestedAt);
  }

  for (const mapped of assessments) if (mapped.observations.length) yield assessmentProvenance(mapped, record.clinic.timeZone);
  yield* programProvenances(record);
  const patientProvenance = patientReportedProvenance(record, reported, times);
  if (patientProvenance) yield patientProvenance;
}

/** Every Observation of the record (assessments, derived, LEFS totals, sessions, morning pain, cramps), for search. */
export function observationResources(record: PatientRecord): Observation[] {
  const observations: Observation[] = [];
  for (const resource of patientBundleResources(record)) if (resource.resourceType === "Observation") observations.push(resource);
  return observations;
}

export const fullUrl = (base: string, resource: Resource) => `${base.replace(/\/+$/, "")}/${resource.resourceType}/${resource.id}`;

const entryOf = (base: string, resource: Resource): BundleEntry => ({ fullUrl: fullUrl(base, resource), resource });

function bundleHead(record: PatientRecord, options: BundleOptions): Omit<Bundle, "entry"> {
  return {
    resourceType: "Bundle",
    id: options.id ?? fhirId("patient", record.patient.id, "everything"),
    meta: { lastUpdated: options.timestamp },
    type: "collection",
    timestamp: options.timestamp,
  };
}

export function patientBundle(record: PatientRecord, options: BundleOptions): Bundle {
  return { ...bundleHead(record, options), entry: Array.from(patientBundleResources(record), (resource) => entryOf(options.base, resource)) };
}

/** Entries written per pull: enough to keep the stream efficient, few enough to yield to the event loop often. */
const ENTRIES_PER_CHUNK = 100;

/**
 * The same Bundle as patientBundle, as JSON bytes written entry by entry when the reader pulls, so a
 * record with thousands of logs is never held as one string and never blocks the event loop for long.
 */
export function patientBundleStream(record: PatientRecord, options: BundleOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const resources = patientBundleResources(record);
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const head = JSON.stringify(bundleHead(record, options));
      controller.enqueue(encoder.encode(`${head.slice(0, -1)},"entry":[`));
    },
    pull(controller) {
      const parts: string[] = [];
      for (let count = 0; count < ENTRIES_PER_CHUNK; count++) {
        const next = resources.next();
        if (next.done) {
          controller.enqueue(encoder.encode(`${parts.join("")}]}`));
          controller.close();
          return;
        }
        parts.push(`${first ? "" : ","}${JSON.stringify(entryOf(options.base, next.value))}`);
        first = false;
      }
      controller.enqueue(encoder.encode(parts.join("")));
    },
    cancel() {
      resources.return(undefined);
    },
  });
}
