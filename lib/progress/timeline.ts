import { addDays } from "@/lib/core/calendar";
import type { Phase } from "@/lib/episodes/phases";
import { inWindow, type DayWindow } from "./range";

/**
 * The episode timeline: a band per phase the episode was in (from its phase history, so a step back
 * shows as a new band), with the days assessments were taken and program versions given.
 */
export type PhaseBand = {
  phase: Phase;
  /** First day of the band inside the window. */
  from: string;
  /** Day after the band's last day inside the window (exclusive), so bands meet without a gap. */
  to: string;
};

export type PhaseEntry = { toPhase: Phase; changedOn: string };

export function phaseBands(changes: readonly PhaseEntry[], window: DayWindow): PhaseBand[] {
  const ordered = [...changes].sort((a, b) => a.changedOn.localeCompare(b.changedOn));
  const windowEnd = addDays(window.to, 1);
  const bands: PhaseBand[] = [];
  ordered.forEach((change, index) => {
    const next = ordered[index + 1]?.changedOn ?? windowEnd;
    const from = change.changedOn > window.from ? change.changedOn : window.from;
    const to = next < windowEnd ? next : windowEnd;
    // Two changes on one day leave the earlier with no days: only the phase the day ended in shows.
    if (from < to) bands.push({ phase: change.toPhase, from, to });
  });
  return bands;
}

export type ProgramVersionEntry = { version: number; phase: Phase; createdOn: string };

/** A visit note on its visit's day (lib/visit-notes), signed or still a draft, with the link to it. */
export type VisitNoteEntry = { visitDay: string; status: "DRAFT" | "SIGNED"; href: string };

export type TimelineMarkers = {
  assessments: string[];
  programVersions: ProgramVersionEntry[];
  visitNotes: VisitNoteEntry[];
};

export function timelineMarkers(
  assessmentDays: readonly string[],
  programs: readonly ProgramVersionEntry[],
  window: DayWindow,
  visitNotes: readonly VisitNoteEntry[] = [],
): TimelineMarkers {
  return {
    assessments: [...new Set(assessmentDays)].filter((day) => inWindow(day, window)).sort(),
    programVersions: programs.filter((program) => inWindow(program.createdOn, window)).sort((a, b) => a.version - b.version),
    visitNotes: visitNotes.filter((note) => inWindow(note.visitDay, window)).sort((a, b) => a.visitDay.localeCompare(b.visitDay)),
  };
}
