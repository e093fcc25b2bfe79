import type { ExerciseDefinition, Phase } from "@/lib/exercises/library-types";
import { isAllowedInPhase } from "@/lib/exercises/library";
import { PHASES } from "@/lib/episodes/phases";

/**
 * After a step back (a flare-up), the program in force was saved for a later phase and may hold work
 * the earlier phase does not allow: after a step back to acute, the heavy and lengthening exercises of
 * R-NO-HEAVY-ACUTE (Nordics, RDL, Askling; domain.md §6 [S12]). Those items are paused — shown to the
 * patient as paused, never as due, their logs refused, marked on the handout — until the clinician saves
 * a new version, which the editor only accepts with an override reason for each such exercise.
 * Adherence still counts them as prescribed (it does not read the phase history yet).
 */
export function isPausedByStepBack(
  exercise: ExerciseDefinition | undefined,
  item: { overrideReason: string | null },
  phases: { program: Phase; episode: Phase },
): boolean {
  if (!exercise || item.overrideReason) return false;
  const steppedBack = PHASES.indexOf(phases.episode) < PHASES.indexOf(phases.program);
  return steppedBack && !isAllowedInPhase(exercise, phases.episode);
}
