import type { LefsChange } from "./trend";

/** A questionnaire as a list shows it: when asked for, when finished, the total once complete. */
export type LefsSummaryDTO = {
  id: string;
  requestedAt: string;
  completedAt: string | null;
  /** Null until all 20 items are answered. */
  total: number | null;
  answered: number;
};

/** One questionnaire for the patient to fill in or read back: their answers by item number. */
export type LefsQuestionnaireDTO = LefsSummaryDTO & { answers: Record<number, number> };

/** The clinician's view of one result, with its change against the previous completed one. */
export type LefsResultRowDTO = LefsSummaryDTO & { requestedByName: string; change: LefsChange | null };

/** What saving one answer tells the form. */
export type LefsAnswerResultDTO = { answered: number; total: number | null; completedAt: string | null };
