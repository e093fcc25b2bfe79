/**
 * Bounds of the dose fields wherever a dose is typed: a program item, or a clinic exercise's default.
 * [design] input guards against typos, not clinical limits.
 */
export const DOSE_LIMITS = {
  sets: { min: 1, max: 20, label: "Sets" },
  reps: { min: 1, max: 100, label: "Reps" },
  holdSeconds: { min: 1, max: 600, label: "Hold (s)" },
  perWeek: { min: 1, max: 14, label: "Times a week" },
  perDay: { min: 1, max: 6, label: "Times a day" },
} as const;

export type DoseField = keyof typeof DOSE_LIMITS;

/** Dose fields only a program item has (its schedule and time or distance doses), same [design] guards. */
export const PROGRAM_DOSE_LIMITS = {
  everyDays: { min: 2, max: 7, label: "Every … days" },
  durationSeconds: { min: 1, max: 7200, label: "Time (s)" },
  distanceM: { min: 1, max: 50_000, label: "Distance (m)" },
} as const;

/** The bounds of a program item's external load, kg (0 = body weight). */
export const LOAD_KG_LIMITS = { min: 0, max: 500 } as const;

/** Whether a typed dose is a whole number within its field's bounds. */
export const isWholeWithin =
  ({ min, max }: { min: number; max: number }) =>
  (value: number): boolean =>
    Number.isInteger(value) && value >= min && value <= max;

/** Whether a typed load is a number within LOAD_KG_LIMITS. */
export const isLoadKg = (value: number): boolean => Number.isFinite(value) && value >= LOAD_KG_LIMITS.min && value <= LOAD_KG_LIMITS.max;
