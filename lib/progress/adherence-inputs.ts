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

export type StatusEntry = { toStatus: "ACTIVE" | "ON_HOLD" | "FINISHED"; changedOn: string };

export function pauseSpans(changes: readonly StatusEntry[]): PauseSpan[] {
  const ordered = [...changes].sort((a, b) => a.changedOn.localeCompare(b.changedOn));
  const spans: PauseSpan[] = [];
  let open: string | null = null;
  for (const change of ordered) {
    if (change.toStatus === "ACTIVE") {
      if (open !== null) spans.push({ from: open, to: change.changedOn });
      open = null;
    } else {
      open ??= change.changedOn;
    }
  }
  if (open !== null) spans.push({ from: open, to: null });
  return spans;
}
