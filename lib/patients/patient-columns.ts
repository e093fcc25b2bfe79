import type { PatientFields } from "./schema";

/** The lower-cased text a patient is found by: first name, last name and record number. */
export function patientSearchText(fields: Pick<PatientFields, "firstName" | "lastName" | "recordNumber">): string {
  return `${fields.firstName} ${fields.lastName} ${fields.recordNumber}`.toLowerCase();
}

/** Form fields to column values: empty optional fields are stored as NULL, e-mail lower-cased. */
export function patientColumns(fields: PatientFields) {
  const orNull = (value: string) => (value === "" ? null : value);
  return {
    firstName: fields.firstName,
    lastName: fields.lastName,
    recordNumber: fields.recordNumber,
    dateOfBirth: new Date(`${fields.dateOfBirth}T00:00:00Z`),
    sex: fields.sex,
    dominantLeg: fields.dominantLeg === "" ? null : fields.dominantLeg,
    sport: orNull(fields.sport),
    email: orNull(fields.email.toLowerCase()),
    phone: orNull(fields.phone),
    notes: orNull(fields.notes),
    searchText: patientSearchText(fields),
  };
}
