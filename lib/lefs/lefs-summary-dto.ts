import type { LefsSummaryDTO } from "./types";

/** The columns a questionnaire summary is built from, shared by the portal and the clinician's Diary tab. */
export const lefsSummarySelect = {
  id: true,
  requestedAt: true,
  completedAt: true,
  total: true,
  _count: { select: { answers: true } },
} as const;

export type LefsSummaryRecord = { id: string; requestedAt: Date; completedAt: Date | null; total: number | null; _count: { answers: number } };

export function toLefsSummary({ _count, requestedAt, completedAt, ...record }: LefsSummaryRecord): LefsSummaryDTO {
  return { ...record, requestedAt: requestedAt.toISOString(), completedAt: completedAt?.toISOString() ?? null, answered: _count.answers };
}
