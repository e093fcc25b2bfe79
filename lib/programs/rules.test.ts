import { describe, expect, it } from "vitest";
import { programRuleErrors } from "./rules";
import { itemFromLibrary } from "./schema";

const nordic = itemFromLibrary("EX30");
const bridge = (reps: string, loadChangeReason = "") => ({ ...itemFromLibrary("EX25"), reps, loadChangeReason });

describe("programRuleErrors", () => {
  it("refuses the Nordic hamstring exercise in the acute phase without an override reason", () => {
    expect(programRuleErrors([nordic], "ACUTE", [])).toEqual({
      "items.0.overrideReason": ["Nordic hamstring exercise is not allowed in the acute phase. Give a reason to prescribe it anyway."],
    });
    expect(programRuleErrors([{ ...nordic, overrideReason: "Late-stage athlete, cleared by the surgeon" }], "ACUTE", [])).toEqual({});
    expect(programRuleErrors([nordic], "PREVENTION", [])).toEqual({});
  });

  it("needs a reason only when the weekly load rises by more than 30 % over the previous version", () => {
    const previous = [bridge("10")];
    expect(programRuleErrors([bridge("12")], "SUBACUTE", previous)).toEqual({});
    expect(programRuleErrors([bridge("13")], "SUBACUTE", previous)).toEqual({});
    expect(programRuleErrors([bridge("14")], "SUBACUTE", previous)).toEqual({
      "items.0.loadChangeReason": ["The weekly load of Glute bridge, two-leg (dynamic) rises by 40 %. Above 30 %, give a reason."],
    });
    expect(programRuleErrors([bridge("14", "Tolerating well, no pain next morning")], "SUBACUTE", previous)).toEqual({});
  });

  it("does not compare an exercise that is new in this version", () => {
    expect(programRuleErrors([bridge("40")], "SUBACUTE", [])).toEqual({});
  });
});
