import type { Phase } from "@/lib/exercises/library-types";
import { toIsoDate } from "@/lib/core/calendar";

/** A phase-history entry as stored: the phase entered and when. */
export type PhaseEntry = { toPhase: Phase; changedAt: Date };

/**
 * Whether an assessment on `day` (YYYY-MM-DD) was taken while its episode was in the acute phase:
 * the phase entered by the last change before that day, or the episode's first phase for an
 * assessment on or before the day it opened. A change on the assessment's own day is taken to follow
 * it (the assessment is what the clinician decides on). False for an assessment with no episode.
 * `changes` is the episode's history, oldest first.
 */
export function measuredInAcutePhase(changes: readonly PhaseEntry[] | undefined, day: string): boolean {
  const first = changes?.[0];
  if (!first) return false;
  const inForce = changes.findLast((change) => toIsoDate(change.changedAt) < day) ?? first;
  return inForce.toPhase === "ACUTE";
}
