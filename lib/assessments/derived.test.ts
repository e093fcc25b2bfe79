import { describe, expect, it } from "vitest";
import { legLengthDiscrepancy, limbSymmetryIndex } from "./derived";
import type { MeasurementRow } from "./measurement-form-mapping";

const length = (side: "LEFT" | "RIGHT", value: number, method = "tape"): MeasurementRow => ({
  measureCode: "leg-length-true",
  side,
  value,
  method,
  context: "",
  flag: null,
});

describe("legLengthDiscrepancy", () => {
  it("derives millimetres and the short side from the two lengths in cm", () => {
    expect(legLengthDiscrepancy([length("LEFT", 88.0), length("RIGHT", 90.2)], "leg-length-true")).toEqual({
      mm: 22,
      shortSide: "LEFT",
      method: "tape",
    });
    expect(legLengthDiscrepancy([length("LEFT", 91.05), length("RIGHT", 90.1)], "leg-length-true")?.shortSide).toBe("RIGHT");
  });

  it("rounds away floating-point noise and reports no short side for equal legs", () => {
    expect(legLengthDiscrepancy([length("LEFT", 90.3), length("RIGHT", 90.1)], "leg-length-true")?.mm).toBe(2);
    expect(legLengthDiscrepancy([length("LEFT", 90), length("RIGHT", 90)], "leg-length-true")).toMatchObject({ mm: 0, shortSide: null });
  });

  it("needs both sides", () => {
    expect(legLengthDiscrepancy([length("LEFT", 90)], "leg-length-true")).toBeNull();
  });
});

describe("limbSymmetryIndex", () => {
  it("compares the weaker limb with the stronger when no side is known to be involved", () => {
    expect(limbSymmetryIndex(180, 200)).toEqual({ lsi: 90, comparedSide: "LEFT" });
    expect(limbSymmetryIndex(200, 150)).toEqual({ lsi: 75, comparedSide: "RIGHT" });
  });

  it("uses the involved side when one is known, even if it is the stronger", () => {
    expect(limbSymmetryIndex(220, 200, "LEFT")?.lsi).toBeCloseTo(110);
  });

  it("has no index when a side is zero", () => {
    expect(limbSymmetryIndex(0, 200)).toBeNull();
  });
});
