import { isNightCramp } from "./red-flags";
import type { CrampContext } from "./labels";
/**
 * Cramp duration limits (domain.md §1.6 duration_s): 1–3600 s accepted; above 600 s the form only
 * warns ([design] soft warning), because nocturnal leg cramps last at most about 10 minutes [S44].
 */
export const CRAMP_DURATION = { minSeconds: 1, maxSeconds: 3600, softWarnAboveSeconds: 600 } as const;

/** One-tap choices for a tired patient; any other value goes in the custom field. [design] */
export const DURATION_PRESETS_SECONDS = [10, 30, 60, 120, 300, 600] as const;

/** "45 s", "2 min", "1 min 30 s", "1 h". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds === 3600) return "1 h";
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/**
 * A gentle check, not a refusal, for a night cramp longer than a nocturnal leg cramp's usual maximum
 * of 10 minutes (domain.md §1.6 [S44]). The source says nothing of other cramps, so neither does this.
 */
export function longDurationWarning(seconds: number | null, context: CrampContext | null): string | null {
  if (seconds === null || seconds <= CRAMP_DURATION.softWarnAboveSeconds || !context || !isNightCramp(context)) return null;
  return "Night cramps rarely last longer than 10 minutes. Check the time you entered; if it is right, mention it to your clinician.";
}
