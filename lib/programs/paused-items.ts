import { isAllowedInPhase } from "@/lib/exercises/library";
import { PHASES, type ExerciseDefinition, type Phase } from "@/lib/exercises/library-types";
import type { PauseSpan, VersionInForce } from "./adherence";

/**
 * After a step back to acute (a flare-up), the program in force was saved for a later phase and may hold
 * work the acute phase does not allow: the heavy and lengthening exercises of R-NO-HEAVY-ACUTE (Nordics,
 * RDL, Askling; EX26 until Aspetar stage 2; domain.md §6 [S12] [S11]). Those items are paused — shown to
 * the patient as paused, never as due, their logs refused, left out of adherence, marked on the handout —
 * until the clinician saves a new version, which the editor accepts only with an override reason for
 * each such exercise. An override reason given for the later phase does not carry over: it was written
 * for that phase.
 */
export function isPausedByStepBack(exercise: ExerciseDefinition | undefined, phases: { program: Phase; episode: Phase }): boolean {
  if (!exercise || phases.episode !== "ACUTE") return false;
  const steppedBack = PHASES.indexOf(phases.episode) < PHASES.indexOf(phases.program);
  return steppedBack && !isAllowedInPhase(exercise, "ACUTE");
}

/** A phase the episode entered, and the (UTC) day it did. */
export type PhaseOnDay = { toPhase: Phase; on: string };

/** A stored version with the phase it was saved in. */
export type VersionWithPhase = VersionInForce & { phase: Phase };

/**
 * The versions with each item's paused days: from each phase change that pauses it (isPausedByStepBack
 * against the version's phase) until the next change that does not. `history` is the episode's phase
 * history; which days the version itself was in force is adherence's business (versionOn).
 */
export function withStepBackPauses(
  versions: readonly VersionWithPhase[],
  history: readonly PhaseOnDay[],
  exerciseOf: (code: string) => ExerciseDefinition | undefined,
): VersionInForce[] {
  const ordered = [...history].sort((a, b) => a.on.localeCompare(b.on));
  return versions.map(({ phase, items, ...version }) => ({
    ...version,
    items: items.map((item) => {
      const pausedDays: PauseSpan[] = [];
      let open: string | null = null;
      // The version was saved in its own phase: only later changes can step back from it.
      for (const change of ordered.filter((entry) => entry.on >= version.from)) {
        const paused = isPausedByStepBack(exerciseOf(item.exerciseCode), { program: phase, episode: change.toPhase });
        if (paused) open ??= change.on;
        else if (open !== null) {
          pausedDays.push({ from: open, to: change.on });
          open = null;
        }
      }
      if (open !== null) pausedDays.push({ from: open, to: null });
      return pausedDays.length ? { ...item, pausedDays } : item;
    }),
  }));
}
