import type { ContactPoint, Organization, Patient, Practitioner } from "@medplum/fhirtypes";
import type { PatientRecord } from "./record";
import { reference, SYSTEMS } from "./systems";

const GENDER = { FEMALE: "female", MALE: "male", OTHER: "other", UNKNOWN: "unknown" } as const;

/** The patient: record number (unique within the clinic, so a system per clinic), name, birth date, contacts. */
export function patientResource(record: PatientRecord): Patient {
  const { patient, clinic } = record;
  const telecom: ContactPoint[] = [];
  if (patient.email.trim()) telecom.push({ system: "email", value: patient.email.trim() });
  if (patient.phone.trim()) telecom.push({ system: "phone", value: patient.phone.trim() });
  return {
    resourceType: "Patient",
    id: patient.id,
    meta: { lastUpdated: patient.updatedAt },
    identifier: [{ use: "usual", system: SYSTEMS.recordNumber(clinic.id), value: patient.recordNumber, assigner: reference("Organization", clinic.id, clinic.name) }],
    active: patient.status === "ACTIVE",
    name: [{ use: "official", family: patient.lastName, given: [patient.firstName], text: `${patient.firstName} ${patient.lastName}` }],
    ...(telecom.length ? { telecom } : {}),
    gender: GENDER[patient.sex],
    birthDate: patient.dateOfBirth,
    managingOrganization: reference("Organization", clinic.id, clinic.name),
  };
}

export function organizationResource(record: PatientRecord): Organization {
  return { resourceType: "Organization", id: record.clinic.id, active: true, name: record.clinic.name };
}

/** Every staff member some other resource of the record names, and no one else of the clinic. */
export function referencedStaffIds(record: PatientRecord): Set<string> {
  return new Set([
    ...record.episodes.flatMap((episode) => [
      episode.clinicianId,
      ...episode.phaseChanges.map((change) => change.changedById),
      ...episode.statusChanges.map((change) => change.changedById),
    ]),
    ...record.assessments.map((assessment) => assessment.clinicianId),
    ...record.programs.map((program) => program.createdById),
    ...record.lefs.map((lefs) => lefs.requestedById),
  ]);
}

export function practitionerResources(record: PatientRecord): Practitioner[] {
  const named = referencedStaffIds(record);
  return record.staff
    .filter((member) => named.has(member.id))
    .map((member) => ({ resourceType: "Practitioner", id: member.id, active: true, name: [{ text: member.name }] }));
}
