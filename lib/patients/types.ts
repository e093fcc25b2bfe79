import type { PatientFields } from "./schema";

export type PatientStatus = "ACTIVE" | "ARCHIVED";

/** One row of the registry table. */
export type PatientRowDTO = {
  id: string;
  recordNumber: string;
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: PatientFields["sex"];
  status: PatientStatus;
  /** ISO timestamp */
  updatedAt: string;
};

export type PatientPageDTO = { rows: PatientRowDTO[]; total: number };

/** Everything the patient page and the edit form show. */
export type PatientDTO = PatientRowDTO & {
  dominantLeg: PatientFields["dominantLeg"];
  sport: string;
  email: string;
  phone: string;
  notes: string;
  version: number;
  hasPortalAccount: boolean;
};
