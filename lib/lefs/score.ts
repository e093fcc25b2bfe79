import { LEFS_ITEM_COUNT, LEFS_MAX_ITEM_SCORE } from "./items";

export type LefsAnswerValue = { item: number; score: number };

/** A total only when every item is answered; otherwise how many are (domain.md §1.5 [design] default). */
export type LefsScore = { complete: true; answered: number; total: number } | { complete: false; answered: number };

/**
 * Scores a LEFS: the sum of the 20 item scores (0–80) when all 20 are answered. Missing-item handling
 * was not verified in the source, so any missing item leaves the questionnaire incomplete rather than
 * prorating (domain.md §1.5). An item answered twice counts once (the last answer wins); an item
 * number or score outside the scale is a programming error and throws.
 */
export function scoreLefs(answers: readonly LefsAnswerValue[]): LefsScore {
  const byItem = new Map<number, number>();
  for (const { item, score } of answers) {
    if (!Number.isInteger(item) || item < 1 || item > LEFS_ITEM_COUNT) throw new RangeError(`LEFS item ${item} is not 1–${LEFS_ITEM_COUNT}`);
    if (!Number.isInteger(score) || score < 0 || score > LEFS_MAX_ITEM_SCORE) throw new RangeError(`LEFS score ${score} is not 0–${LEFS_MAX_ITEM_SCORE}`);
    byItem.set(item, score);
  }
  const answered = byItem.size;
  if (answered < LEFS_ITEM_COUNT) return { complete: false, answered };
  let total = 0;
  for (const score of byItem.values()) total += score;
  return { complete: true, answered, total };
}
