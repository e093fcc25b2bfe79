import type { ExerciseDefinition, Phase } from "@/lib/exercises/library-types";
import { isAllowedInPhase } from "@/lib/exercises/library";
import { PHASES } from "@/lib/episodes/phases";
import type { PauseSpan, VersionInForce } from "@/lib/progress/adherence";

/**
 * After a step back (a flare-up), the program in force was saved for a later phase and may hold work
 * the earlier phase does not allow: after a step back to acute, the heavy and lengthening exercises of
 * R-NO-HEAVY-ACUTE (Nordics, RDL, Askling; domain.md §6 [S12]). Those items are paused — shown to the
 * patient as paused, never as due, their logs refused, marked on the handout — until the clinician saves
 * a new version, which the editor only accepts with an override reason for each such exercise.
 * Adherence does not count them as due on the days they were paused (withStepBackPauses).
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

/** A phase the episode entered, and the (UTC) day it did. */
export type PhaseOnDay = { toPhase: Phase; on: string };

/** A stored version: its phase, and each item's exercise and override reason. */
export type VersionWithPhase = Omit<VersionInForce, "items"> & {
  phase: Phase;
  items: ReadonlyArray<VersionInForce["items"][number] & { overrideReason: string | null }>;
};

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
    items: items.map(({ overrideReason, ...item }) => {
      const pausedDays: PauseSpan[] = [];
      let open: string | null = null;
      // The version was saved in its own phase: only later changes can step back from it.
      for (const change of ordered.filter((entry) => entry.on >= version.from)) {
        const paused = isPausedByStepBack(exerciseOf(item.exerciseCode), { overrideReason }, { program: phase, episode: change.toPhase });
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
