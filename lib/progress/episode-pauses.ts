import type { PauseSpan } from "./adherence";

/** One entry of an episode's status history (EpisodeStatusChange), as the day it happened. */
export type StatusChangeOnDay = { toStatus: "ACTIVE" | "ON_HOLD" | "FINISHED"; on: string };

/**
 * The spans an episode was on hold or finished, from its status history, for weeklyAdherence. An
 * episode starts ACTIVE, so only changes open or close a pause: one opens on the day the episode
 * left ACTIVE (nothing is prescribed that day) and closes on the day it came back (counted again).
 */
export function pausesFrom(changes: readonly StatusChangeOnDay[]): PauseSpan[] {
  const pauses: PauseSpan[] = [];
  let open: string | null = null;
  for (const change of [...changes].sort((a, b) => a.on.localeCompare(b.on))) {
    if (change.toStatus === "ACTIVE") {
      if (open !== null) pauses.push({ from: open, to: change.on });
      open = null;
    } else {
      open ??= change.on;
    }
  }
  if (open !== null) pauses.push({ from: open, to: null });
  return pauses;
}
