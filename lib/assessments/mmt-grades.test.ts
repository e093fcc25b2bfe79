import { describe, expect, it } from "vitest";
import { MMT_GRADE_4_INDEX, MMT_GRADES, mmtGradeIndex, mmtGradeLabel } from "./mmt-grades";

describe("MMT grade scale", () => {
  it("orders every grade from 0 to 5 with minus below and plus above the whole grade", () => {
    expect(MMT_GRADES.join(" < ")).toBe("0 < 1 < 2− < 2 < 2+ < 3− < 3 < 3+ < 4− < 4 < 4+ < 5− < 5");
    expect(mmtGradeIndex("3+")!).toBeLessThan(mmtGradeIndex("4−")!);
    expect(mmtGradeIndex("4+")!).toBeGreaterThan(MMT_GRADE_4_INDEX);
    expect(mmtGradeIndex("5−")!).toBeLessThan(mmtGradeIndex("5")!);
  });

  it("round-trips labels and accepts a typed hyphen for minus", () => {
    for (const [index, label] of MMT_GRADES.entries()) expect(mmtGradeLabel(index)).toBe(label);
    expect(mmtGradeIndex("4-")).toBe(mmtGradeIndex("4−"));
    expect(mmtGradeIndex("6")).toBeNull();
    expect(() => mmtGradeLabel(13)).toThrow(RangeError);
  });
});
