/**
 * The kinds of visit a clinic books and how long each lasts by default (Clinic settings). Booking reads
 * the clinic's lengths from here; the limits are the settings form's and the database's (migration
 * 20261207134925_clinic_settings_checks). Lengths are [design]: domain.md sets none.
 */
export const VISIT_TYPES = ["ASSESSMENT", "TREATMENT", "REVIEW", "TELEHEALTH"] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const VISIT_TYPE_LABELS: Record<VisitType, string> = {
  ASSESSMENT: "Assessment",
  TREATMENT: "Treatment",
  REVIEW: "Review",
  TELEHEALTH: "Telehealth",
};

/** The clinic column that holds each type's default length. */
export const VISIT_MINUTES_FIELDS = {
  ASSESSMENT: "assessmentMinutes",
  TREATMENT: "treatmentMinutes",
  REVIEW: "reviewMinutes",
  TELEHEALTH: "telehealthMinutes",
} as const satisfies Record<VisitType, string>;
export type VisitMinutesField = (typeof VISIT_MINUTES_FIELDS)[VisitType];

/** Whole minutes in 5-minute steps (a calendar's smallest slot), from 5 minutes to 4 hours. */
export const VISIT_MINUTES = { min: 5, max: 240, step: 5 } as const;

/** The lengths a new clinic starts with (the columns' defaults). */
export const DEFAULT_VISIT_MINUTES: Record<VisitType, number> = { ASSESSMENT: 60, TREATMENT: 45, REVIEW: 30, TELEHEALTH: 30 };

export function isVisitMinutes(value: number): boolean {
  return Number.isInteger(value) && value >= VISIT_MINUTES.min && value <= VISIT_MINUTES.max && value % VISIT_MINUTES.step === 0;
}

/** A clinic's default length of a visit of this type, for booking. */
export function visitMinutesOf(clinic: Record<VisitMinutesField, number>, type: VisitType): number {
  return clinic[VISIT_MINUTES_FIELDS[type]];
}
