import { describe, expect, it } from "vitest";
import { lefsAnswers } from "./seed-diary";

describe("seeded LEFS answers", () => {
  it("answer all 20 items with 0–4 and add up to the stored total, harder items scored lower", () => {
    for (const total of [0, 34, 46, 59, 80]) {
      const answers = lefsAnswers(total);
      expect(answers.map((answer) => answer.item).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      expect(answers.every((answer) => answer.score >= 0 && answer.score <= 4)).toBe(true);
      expect(answers.reduce((sum, answer) => sum + answer.score, 0)).toBe(total);
    }
    const scoreOf = (item: number) => lefsAnswers(46).find((answer) => answer.item === item)!.score;
    expect(scoreOf(4)).toBeGreaterThan(scoreOf(19)); // walking between rooms vs hopping
  });
});
