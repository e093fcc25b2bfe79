/** Words for the cramp diary's codes, shared by the portal form, the clinic's diary and the exports; free of zod. */

/** domain.md §1.6 `context` (EAMC vs nocturnal cramp split [S43] [S44]), in words a patient uses. */
export const CRAMP_CONTEXT_LABELS = {
  NIGHT_SLEEP: "At night, asleep",
  REST_LYING_AWAKE: "At night, lying awake",
  REST_SITTING: "Sitting",
  DURING_EXERCISE: "During exercise",
  POST_EXERCISE: "Within an hour after exercise",
  OTHER: "Other",
} as const;

/** domain.md §1.6 `muscle_site`. */
export const MUSCLE_SITE_LABELS = {
  HAMSTRING_MEDIAL: "Hamstring, inner side",
  HAMSTRING_LATERAL: "Hamstring, outer side",
  HAMSTRING_UNSPECIFIED: "Hamstring, not sure where",
  CALF: "Calf",
  FOOT: "Foot",
  QUADRICEPS: "Front of thigh",
  ADDUCTORS: "Inner thigh (groin)",
  OTHER: "Other muscle",
} as const;

export const CRAMP_SIDE_LABELS = { LEFT: "Left", RIGHT: "Right", BOTH: "Both" } as const;

/** domain.md §1.6 `relief_method`; a gentle static stretch is first-line [S43]. */
export const RELIEF_METHOD_LABELS = {
  STATIC_STRETCH: "Gentle stretch",
  MASSAGE: "Massage",
  WALKING: "Walking",
  OTHER: "Something else",
  NONE: "Nothing",
} as const;

/**
 * After a cramp, signs that the muscle may be strained rather than cramped (issue #11 [design]: the
 * warning signs the product brief names): any of them sends the patient to the clinic. "NONE" says the
 * patient checked and saw none; no answer at all is stored as unknown.
 */
export const STRAIN_SIGN_LABELS = {
  POP: "I felt a pop",
  BRUISING: "Bruising",
  TROUBLE_STRAIGHTENING: "Trouble straightening the knee",
  LASTING_TENDERNESS: "Tenderness that lasts",
  NONE: "None of these",
} as const;

export type CrampContext = keyof typeof CRAMP_CONTEXT_LABELS;
export type StrainSign = keyof typeof STRAIN_SIGN_LABELS;
export type MuscleSite = keyof typeof MUSCLE_SITE_LABELS;
export type CrampSide = keyof typeof CRAMP_SIDE_LABELS;
export type ReliefMethod = keyof typeof RELIEF_METHOD_LABELS;
