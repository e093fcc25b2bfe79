import type { PauseSpan, VersionInForce } from "./adherence";

/**
 * Turns stored program versions and status changes into weeklyAdherence's inputs: a version is in
 * force from the day it was saved until the next one; an episode prescribes nothing from the day it
 * was put on hold or finished until the day it became active again.
 */
export type StoredVersion = {
  version: number;
  createdOn: string;
  items: ReadonlyArray<VersionInForce["items"][number]>;
};

export function versionsInForce(programs: readonly StoredVersion[]): VersionInForce[] {
  // Ordered by version so that of two versions saved on one day, the later one is in force.
  return [...programs]
    .sort((a, b) => a.version - b.version)
    .map((program) => ({
      from: program.createdOn,
      items: program.items.map(({ id, exerciseCode, perWeek, perDay, everyDays, pausedDays }) => ({ id, exerciseCode, perWeek, perDay, everyDays, pausedDays })),
    }));
}

/** One entry of an episode's status history (EpisodeStatusChange), as the day it happened. */
export type StatusChangeOnDay = { toStatus: "ACTIVE" | "ON_HOLD" | "FINISHED"; on: string };

/**
 * The spans an episode was on hold or finished. An episode starts ACTIVE, so only changes open or
 * close a pause: one opens on the day the episode left ACTIVE (nothing is prescribed that day) and
 * closes on the day it came back (counted again).
 */
export function pauseSpans(changes: readonly StatusChangeOnDay[]): PauseSpan[] {
  const spans: PauseSpan[] = [];
  let open: string | null = null;
  for (const change of [...changes].sort((a, b) => a.on.localeCompare(b.on))) {
    if (change.toStatus === "ACTIVE") {
      if (open !== null) spans.push({ from: open, to: change.on });
      open = null;
    } else {
      open ??= change.on;
    }
  }
  if (open !== null) spans.push({ from: open, to: null });
  return spans;
}
