import { describe, expect, it } from "vitest";
import { row } from "@/scripts/testing/measurement-row-builder";
import { planCorrection } from "./corrections";

const stored = (id: number, ...args: Parameters<typeof row>) => ({ ...row(...args), id: BigInt(id) });

describe("planCorrection", () => {
  it("leaves unchanged values alone and sorts the rest into added, changed and removed", () => {
    const plan = planCorrection(
      [stored(1, "ake-knee-flex-angle", "LEFT", 30), stored(2, "ake-knee-flex-angle", "RIGHT", 34), stored(3, "nprs", "NONE", 4, { context: "rest" })],
      [row("ake-knee-flex-angle", "LEFT", 30), row("ake-knee-flex-angle", "RIGHT", 28), row("nprs", "NONE", 2, { context: "activity" })],
    );
    expect(plan.added).toEqual([row("nprs", "NONE", 2, { context: "activity" })]);
    expect(plan.changed).toEqual([{ before: stored(2, "ake-knee-flex-angle", "RIGHT", 34), after: row("ake-knee-flex-angle", "RIGHT", 28) }]);
    expect(plan.removed.map((value) => value.id)).toEqual([3n]);
  });

  it("counts a new method or pain-on-testing answer as a change of the value", () => {
    const before = [stored(1, "mmt-knee-flex", "LEFT", 4, { flag: false, method: "mmt" })];
    expect(planCorrection(before, [row("mmt-knee-flex", "LEFT", 4, { flag: true, method: "mmt" })]).changed).toHaveLength(1);
    expect(planCorrection(before, [row("mmt-knee-flex", "LEFT", 4, { flag: false, method: null })]).changed).toHaveLength(1);
    expect(planCorrection(before, [row("mmt-knee-flex", "LEFT", 4, { flag: false, method: "mmt" })])).toEqual({ added: [], changed: [], removed: [] });
  });
});
