import type { Patient, Practitioner, Provenance, ProvenanceAgent, Reference } from "@medplum/fhirtypes";
import type { MappedAssessment } from "./assessment-observations";
import { carePlanId } from "./care-plan";
import type { PatientRecord } from "./record";
import { dayInstant, fhirId, reference, SYSTEMS } from "./systems";

/**
 * Who recorded what: one Provenance per assessment (its clinician, every Observation it produced),
 * one per program version (its author, the CarePlan), and one for everything the patient recorded
 * (sessions, morning pain, cramps, LEFS), kept to a single resource however many logs there are.
 * Provenance.recorded is an instant: an assessment has only its day, so the start of that day in the
 * clinic's zone.
 */
const author = (who: Reference<Practitioner | Patient>): ProvenanceAgent => ({
  type: { coding: [{ system: SYSTEMS.provenanceParticipant, code: "author", display: "Author" }] },
  who,
});

export function assessmentProvenance(mapped: MappedAssessment, clinicZone: string): Provenance {
  const { assessment } = mapped;
  return {
    resourceType: "Provenance",
    id: fhirId("assessment", assessment.id),
    target: mapped.observations.map((observation) => reference("Observation", observation.id!)),
    occurredDateTime: assessment.assessedOn,
    recorded: dayInstant(assessment.assessedOn, clinicZone),
    agent: [author(reference("Practitioner", assessment.clinicianId, assessment.clinicianName))],
  };
}

export function programProvenances(record: PatientRecord): Provenance[] {
  return record.programs.map((program) => ({
    resourceType: "Provenance",
    id: fhirId("program", program.id),
    target: [reference("CarePlan", carePlanId(program.id))],
    recorded: program.createdAt,
    agent: [author(reference("Practitioner", program.createdById))],
  }));
}

/** `targets` are the patient-recorded resources' references; null when the patient recorded nothing. */
export function patientReportedProvenance(record: PatientRecord, targets: Reference[], times: string[]): Provenance | null {
  if (targets.length === 0) return null;
  const latest = times.reduce((max, time) => (Date.parse(time) > Date.parse(max) ? time : max));
  return {
    resourceType: "Provenance",
    id: fhirId("patient-reported", record.patient.id),
    target: targets,
    recorded: dayInstant(latest, record.clinic.timeZone),
    agent: [author(reference("Patient", record.patient.id))],
  };
}
