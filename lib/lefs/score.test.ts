import { describe, expect, it } from "vitest";
import { LEFS_ITEM_COUNT, LEFS_MAX_TOTAL } from "./items";
import { scoreLefs, type LefsAnswerValue } from "./score";

const answers = (scores: readonly number[]): LefsAnswerValue[] => scores.map((score, index) => ({ item: index + 1, score }));

describe("LEFS scoring and incompleteness", () => {
  it("sums all 20 items into a total from 0 to 80", () => {
    expect(LEFS_ITEM_COUNT).toBe(20);
    expect(scoreLefs(answers(Array(20).fill(4)))).toEqual({ complete: true, answered: 20, total: LEFS_MAX_TOTAL });
    expect(LEFS_MAX_TOTAL).toBe(80);
    expect(scoreLefs(answers([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4]))).toEqual({ complete: true, answered: 20, total: 40 });
  });

  it("gives a total of 0 when every item is answered 'extreme difficulty' (0 is a score, not a missing answer)", () => {
    expect(scoreLefs(answers(Array(20).fill(0)))).toEqual({ complete: true, answered: 20, total: 0 });
  });

  it("has no total while any item is missing, and says how many are answered", () => {
    expect(scoreLefs([])).toEqual({ complete: false, answered: 0 });
    expect(scoreLefs(answers(Array(19).fill(4)))).toEqual({ complete: false, answered: 19 });
    // 20 answers but item 20 missing (item 1 twice): still incomplete.
    expect(scoreLefs([...answers(Array(19).fill(3)), { item: 1, score: 2 }])).toEqual({ complete: false, answered: 19 });
  });

  it("counts an item answered twice once, with its last answer", () => {
    const changed = [...answers(Array(20).fill(2)), { item: 5, score: 4 }];
    expect(scoreLefs(changed)).toEqual({ complete: true, answered: 20, total: 42 });
  });

  it("refuses item numbers and scores outside the scale", () => {
    expect(() => scoreLefs([{ item: 0, score: 2 }])).toThrow(RangeError);
    expect(() => scoreLefs([{ item: 21, score: 2 }])).toThrow(RangeError);
    expect(() => scoreLefs([{ item: 3, score: 5 }])).toThrow(RangeError);
    expect(() => scoreLefs([{ item: 3, score: -1 }])).toThrow(RangeError);
    expect(() => scoreLefs([{ item: 3, score: 2.5 }])).toThrow(RangeError);
  });
});
