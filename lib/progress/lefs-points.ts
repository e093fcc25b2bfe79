import { inWindow, type DayWindow } from "./range";

/**
 * LEFS totals over time (domain.md §1.5, Binkley 1999 [S40]): 0–80, higher is better; a change of
 * 9 points is both the MDC and the MCID (domain.md §7: "Use 9"). The band drawn around the first
 * total shown marks changes too small to matter; a point outside it is a meaningful change.
 */
export const LEFS_SCALE = { min: 0, max: 80 } as const;
export const LEFS_MCID = { points: 9, source: "S40" } as const;

export type CompletedLefs = { completedOn: string; total: number };

export type LefsPoint = {
  date: string;
  total: number;
  /** Points since the first total shown; null for that first one. */
  change: number | null;
  /** |change| ≥ 9. */
  meaningful: boolean;
};

export type LefsSeries = {
  points: LefsPoint[];
  /** The first total shown ± the MCID, clamped to the scale; null without any total. */
  band: { baseline: number; low: number; high: number } | null;
};

export function lefsSeries(questionnaires: readonly CompletedLefs[], window: DayWindow): LefsSeries {
  const shown = questionnaires.filter((entry) => inWindow(entry.completedOn, window)).sort((a, b) => a.completedOn.localeCompare(b.completedOn));
  const baseline = shown[0]?.total;
  if (baseline === undefined) return { points: [], band: null };
  const points = shown.map((entry, index) => {
    const change = index === 0 ? null : entry.total - baseline;
    return { date: entry.completedOn, total: entry.total, change, meaningful: change !== null && Math.abs(change) >= LEFS_MCID.points };
  });
  return {
    points,
    band: { baseline, low: Math.max(LEFS_SCALE.min, baseline - LEFS_MCID.points), high: Math.min(LEFS_SCALE.max, baseline + LEFS_MCID.points) },
  };
}
