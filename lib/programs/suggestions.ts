import type { Finding } from "@/lib/assessments/findings";
import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { ExerciseDefinition, Phase, Target } from "@/lib/exercises/library-types";

/**
 * Suggestions from findings: each impairment maps to the catalogue's exercises (the shared library,
 * then the clinic's own) that target it and are allowed in the current phase, each with its reason for
 * the clinician and a plain-language "why" for the patient. Informational findings suggest nothing.
 */
type Need = { target: Target; wants: "stretch" | "strength"; why: (side: string) => string };

const NEEDS: Record<string, Need> = {
  "ake-knee-flex-angle": { target: "HAMSTRINGS", wants: "stretch", why: (side) => `to make your ${side}hamstrings more flexible` },
  "pke-knee-flex-angle": { target: "HAMSTRINGS", wants: "stretch", why: (side) => `to make your ${side}hamstrings more flexible` },
  "slr-passive-hip-flex": { target: "HAMSTRINGS", wants: "stretch", why: (side) => `to make your ${side}hamstrings more flexible` },
  "sit-reach": { target: "HAMSTRINGS", wants: "stretch", why: () => "to make the back of your legs more flexible" },
  "mtt-hip-angle": { target: "HIP_FLEXORS", wants: "stretch", why: (side) => `to lengthen the muscles at the front of your ${side}hip` },
  "mtt-knee-angle": { target: "HIP_FLEXORS", wants: "stretch", why: (side) => `to lengthen the muscles at the front of your ${side}hip` },
  "mmt-hip-ext": { target: "GLUTEUS_MAXIMUS", wants: "strength", why: (side) => `to strengthen your ${side}buttock muscles, which tested weak` },
  "lsi-hhd-hip-ext": { target: "GLUTEUS_MAXIMUS", wants: "strength", why: (side) => `to strengthen your ${side}buttock muscles, which tested weaker than the other side` },
  "mmt-hip-abd": { target: "GLUTEUS_MEDIUS", wants: "strength", why: (side) => `to strengthen the muscles at the side of your ${side}hip, which tested weak` },
  "lsi-hhd-hip-abd": { target: "GLUTEUS_MEDIUS", wants: "strength", why: (side) => `to strengthen the muscles at the side of your ${side}hip, which tested weaker than the other side` },
  "mmt-knee-flex": { target: "HAMSTRINGS", wants: "strength", why: (side) => `to strengthen your ${side}hamstrings, which tested weak` },
  "slhb-reps": { target: "HAMSTRINGS", wants: "strength", why: (side) => `to build endurance in your ${side}hamstrings` },
};

const MAX_PER_FINDING = 3;

export type Suggestion = {
  exerciseCode: string;
  exerciseName: string;
  /** For the clinician: "Left hip abduction (MMT) 3+/5: grade 4 or below → Side-lying hip abduction". */
  reason: string;
  /** For the patient: "to strengthen the muscles at the side of your left hip, which tested weak". */
  patientReason: string;
};

const sideWords = { LEFT: "left ", RIGHT: "right ", NONE: "" } as const;

/**
 * Stretches for tightness, strengthening (anything but stretches and education) for weakness; never an
 * exercise the library marks as not for suggestion: the clinician-performed EX04 [S11] [S12] is no home
 * exercise, and cramp care (EX39 nightly stretching [S44b], EX40 cramp relief "until symptoms abate, as
 * needed" [S43]) does not make a muscle more flexible.
 */
function fits(exercise: ExerciseDefinition, need: Need): boolean {
  if (exercise.notSuggested) return false;
  const isStretch = exercise.kind === "stretch";
  return need.wants === "stretch" ? isStretch : !isStretch && exercise.kind !== "education";
}

export function suggestionsFor(findings: readonly Finding[], phase: Phase, catalogue: ExerciseCatalogue): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const need = NEEDS[finding.code];
    if (!need || finding.severity === "info") continue;
    const candidates = catalogue
      .forTarget(need.target, phase)
      .filter((exercise) => fits(exercise, need) && !seen.has(exercise.code))
      .slice(0, MAX_PER_FINDING);
    for (const exercise of candidates) {
      seen.add(exercise.code);
      suggestions.push({
        exerciseCode: exercise.code,
        exerciseName: exercise.name,
        reason: `${finding.text} → ${exercise.name}`,
        patientReason: need.why(sideWords[finding.side]),
      });
    }
  }
  return suggestions;
}
