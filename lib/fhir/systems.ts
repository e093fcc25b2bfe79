import type { CodeableConcept, Coding, Extension, ExtractResource, Quantity, Reference, ResourceType } from "@medplum/fhirtypes";
import { LOCAL_MEASURES_SYSTEM } from "@/lib/assessments/catalogue";
import { offsetMinutesAt, startOfDayIn } from "@/lib/core/time-zones";
import type { Phase } from "@/lib/exercises/library-types";

/**
 * Code systems, extension URLs and small builders shared by the FHIR R4 mappers (lib/fhir/*.ts). Local
 * canonical URLs sit under the same host as the measure CodeSystem (domain.md §4.2), so one place
 * changes them all.
 */
export const LOCAL_FHIR_BASE = LOCAL_MEASURES_SYSTEM.replace(/\/CodeSystem\/.*$/, "");
export { LOCAL_MEASURES_SYSTEM };

export const SYSTEMS = {
  loinc: "http://loinc.org",
  snomed: "http://snomed.info/sct",
  ucum: "http://unitsofmeasure.org",
  icd10: "http://hl7.org/fhir/sid/icd-10",
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  interpretation: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionVerification: "http://terminology.hl7.org/CodeSystem/condition-ver-status",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  provenanceParticipant: "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
  phases: `${LOCAL_FHIR_BASE}/CodeSystem/rehab-phase`,
  exercises: `${LOCAL_FHIR_BASE}/CodeSystem/exercises`,
  methods: `${LOCAL_FHIR_BASE}/CodeSystem/measurement-methods`,
  mmtGrades: `${LOCAL_FHIR_BASE}/CodeSystem/mmt-grade`,
  painContexts: `${LOCAL_FHIR_BASE}/CodeSystem/pain-context`,
  doseParts: `${LOCAL_FHIR_BASE}/CodeSystem/dose-part`,
  cramps: `${LOCAL_FHIR_BASE}/CodeSystem/cramp-diary`,
  /** One system per clinic: record numbers are unique within a clinic only. */
  recordNumber: (clinicId: string) => `${LOCAL_FHIR_BASE}/NamingSystem/clinic/${clinicId}/record-number`,
} as const;

export const EXTENSIONS = {
  observationLaterality: "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality",
  /** Condition.bodySite laterality: the core laterality extension's context is Observation.bodySite only. */
  bodySiteLaterality: `${LOCAL_FHIR_BASE}/StructureDefinition/body-site-laterality`,
  phaseHistory: `${LOCAL_FHIR_BASE}/StructureDefinition/episode-phase-history`,
  exerciseDosage: `${LOCAL_FHIR_BASE}/StructureDefinition/exercise-dosage`,
  careplanActivity: `${LOCAL_FHIR_BASE}/StructureDefinition/careplan-activity`,
} as const;

export const LEFS_QUESTIONNAIRE_URL = `${LOCAL_FHIR_BASE}/Questionnaire/lefs`;
export const EXERCISE_THERAPY: Coding = { system: SYSTEMS.snomed, code: "229065009", display: "Exercise therapy (regime/therapy)" };
export const NPRS_CODING: Coding = { system: SYSTEMS.loinc, code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" };

export type FhirOptions = {
  /** The FHIR base the bundle's fullUrls live under, e.g. "https://host/fhir/R4" (no trailing slash). */
  base: string;
  /** The export's instant (Bundle.timestamp). */
  timestamp: string;
};

export const reference = <K extends ResourceType>(resourceType: K, id: string, display?: string): Reference<ExtractResource<K>> => ({
  reference: `${resourceType}/${id}`,
  ...(display ? { display } : {}),
});

/**
 * A FHIR id ([A-Za-z0-9\-.]{1,64}) from parts: other characters become "-", and an id that would be
 * longer than 64 keeps its head and a hash of the whole, so it stays unique and stable.
 */
export function fhirId(...parts: (string | number)[]): string {
  const id = parts.join("-").replace(/[^A-Za-z0-9\-.]/g, "-");
  if (id.length <= 64) return id;
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193) >>> 0;
  return `${id.slice(0, 55)}-${hash.toString(16).padStart(8, "0")}`;
}

export function quantity(value: number, ucum: string, unit = ucum): Quantity {
  return { value, unit, system: SYSTEMS.ucum, code: ucum };
}

const LATERALITY = {
  LEFT: { system: SYSTEMS.snomed, code: "7771000", display: "Left" },
  RIGHT: { system: SYSTEMS.snomed, code: "24028007", display: "Right" },
  BOTH: { system: SYSTEMS.snomed, code: "51440002", display: "Right and left" },
} as const satisfies Record<string, Coding>;

export type Laterality = keyof typeof LATERALITY;

export const lateralityConcept = (side: Laterality): CodeableConcept => ({ coding: [{ ...LATERALITY[side] }], text: LATERALITY[side].display });

export const lateralityExtension = (url: string, side: Laterality): Extension => ({ url, valueCodeableConcept: lateralityConcept(side) });

export const sideWord = (side: Laterality) => (side === "BOTH" ? "Both" : side === "LEFT" ? "Left" : "Right");

const PHASE_CODES = {
  ACUTE: { code: "A", display: "Acute / protection" },
  SUBACUTE: { code: "S", display: "Subacute / reloading" },
  PREVENTION: { code: "P", display: "Prevention / maintenance" },
} as const satisfies Record<Phase, { code: string; display: string }>;

export const phaseCoding = (phase: Phase): Coding => ({ system: SYSTEMS.phases, ...PHASE_CODES[phase] });

export const category = (code: string, display: string): CodeableConcept => ({ coding: [{ system: SYSTEMS.observationCategory, code, display }] });

export const localConcept = (system: string, code: string, display: string): CodeableConcept => ({ coding: [{ system, code, display }], text: display });

/**
 * An ISO instant for a day: FHIR instants need a time, so a YYYY-MM-DD becomes the first instant of that
 * day in the clinic's zone, written with the zone's offset ("2026-12-07T00:00:00+10:00"), since the day
 * is the clinic's. An instant passes through unchanged.
 */
export function dayInstant(day: string, zone: string): string {
  if (day.length !== 10) return day;
  const start = startOfDayIn(zone, day);
  const offset = offsetMinutesAt(zone, start);
  const wallClock = new Date(start.getTime() + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${wallClock}Z`;
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${wallClock}${offset < 0 ? "-" : "+"}${hours}:${minutes}`;
}
