import type { Phase } from "@/lib/exercises/library-types";
import { calendarDayIn } from "@/lib/core/time-zones";

/** A phase-history entry as stored: the phase entered and when. */
export type PhaseEntry = { toPhase: Phase; changedAt: Date };

/**
 * Whether an assessment on `day` (YYYY-MM-DD) was taken while its episode was in the acute phase:
 * the phase entered by the last change before that day, or the episode's first phase for an
 * assessment on or before the day it opened. A change on the assessment's own day is taken to follow
 * it (the assessment is what the clinician decides on). False for an assessment with no episode.
 * `changes` is the episode's history, oldest first; a change counts on its day in the clinic's zone
 * (`timeZone`), the day the clinician made it, in the clinician's views and the portal alike.
 */
export function measuredInAcutePhase(changes: readonly PhaseEntry[] | undefined, day: string, timeZone: string): boolean {
  const first = changes?.[0];
  if (!first) return false;
  const inForce = changes.findLast((change) => calendarDayIn(timeZone, change.changedAt) < day) ?? first;
  return inForce.toPhase === "ACUTE";
}
