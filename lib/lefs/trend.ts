import { LEFS_MCID } from "./items";

export type LefsResult = { id: string; requestedAt: string; completedAt: string | null; total: number | null; answered: number };

export type LefsChange = { points: number; meaningful: boolean };

/**
 * Each questionnaire (newest first) with its change against the previous completed one. A change of
 * LEFS_MCID points or more either way is a meaningful change (domain.md §1.5, R-MDC [S40]); an open
 * questionnaire and the first completed one have no change.
 */
export function withLefsChanges<T extends LefsResult>(newestFirst: readonly T[]): (T & { change: LefsChange | null })[] {
  return newestFirst.map((result, index) => {
    if (result.total === null) return { ...result, change: null };
    const previous = newestFirst.slice(index + 1).find((older) => older.total !== null);
    if (!previous || previous.total === null) return { ...result, change: null };
    const points = result.total - previous.total;
    return { ...result, change: { points, meaningful: Math.abs(points) >= LEFS_MCID } };
  });
}

/** "+12", "−3", "0": a signed change in points, with a real minus sign for screen readers and print. */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return "0";
}
