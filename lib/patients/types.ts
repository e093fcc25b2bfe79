import type { InvitationTimes } from "@/lib/core/auth/link-state";
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

/** A page of the registry: its rows, how many patients match in all, and which page this is (1-based). */
export type PatientPageDTO = { rows: PatientRowDTO[]; total: number; page: number };

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

/**
 * What the patient's portal access is decided from (lib/invitations/state.ts): the e-mail of the linked
 * account, if any, and the patient's latest invitation. Server-side only: dates are Dates.
 */
export type PortalFacts = {
  linkedEmail: string | null;
  latestInvitation: (InvitationTimes & { email: string }) | null;
};

/** A patient with the facts of their portal access, read together for the patient page. */
export type PatientRecord = { patient: PatientDTO; portal: PortalFacts };
