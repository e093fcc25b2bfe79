import type { ExerciseKind, Phase, Target } from "./library-types";

/** Words for the library's codes, shared by the library table and the clinic exercise form. */
export const TARGET_LABELS: Record<Target, string> = {
  HAMSTRINGS: "Hamstrings",
  GLUTEUS_MAXIMUS: "Gluteus maximus",
  GLUTEUS_MEDIUS: "Gluteus medius",
  HIP_FLEXORS: "Hip flexors",
  CORE: "Core",
  GENERAL: "General conditioning",
};

export const SHORT_PHASE_LABELS: Record<Phase, string> = { ACUTE: "Acute", SUBACUTE: "Subacute", PREVENTION: "Prevention" };

export const KIND_LABELS: Record<ExerciseKind, string> = {
  exercise: "Exercise (strength, movement or conditioning)",
  stretch: "Stretch",
  isometric: "Isometric hold",
  education: "Education or advice",
};
