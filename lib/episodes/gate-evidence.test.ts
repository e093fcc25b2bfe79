import { describe, expect, it } from "vitest";
import { adherenceOverWindow, gateInputsFrom, NO_EVIDENCE, painByDay, type GateEvidence, type LoggedDay } from "./gate-evidence";
import { evaluateGate } from "./gates";

// A Thursday: the pain window is Fri 2026-11-20 … Thu 2026-11-26, adherence Thu 2026-11-19 … Wed 2026-11-25.
const TODAY = "2026-11-26";
const daily = { from: "2026-11-01", items: [{ id: "1", exerciseCode: "EX02", perWeek: 7, perDay: null }] };

const logged = (performedOn: string, maxPainDuring: number | null = null, sessions = 1, exerciseCode = "EX02"): LoggedDay => ({
  exerciseCode,
  performedOn,
  sessions,
  maxPainDuring,
});

const evidence = (overrides: Partial<GateEvidence>): GateEvidence => ({ ...NO_EVIDENCE, versions: [daily], ...overrides });

describe("pain during exercise for the gate", () => {
  it("takes the highest pain of each day in the 7 days ending today", () => {
    const days = [logged("2026-11-26", 1), logged("2026-11-26", 3, 1, "EX03"), logged("2026-11-20", 2), logged("2026-11-19", 9)];
    expect(painByDay(days, TODAY).sort()).toEqual([2, 3]);
  });

  it("ignores sessions logged without a pain score", () => {
    expect(painByDay([logged("2026-11-25", null)], TODAY)).toEqual([]);
  });
});

describe("adherence for the gate", () => {
  it("counts the 7 full days before today, not today", () => {
    const everyDay = ["19", "20", "21", "22", "23", "24", "25"].map((d) => logged(`2026-11-${d}`));
    expect(adherenceOverWindow(evidence({ loggedDays: everyDay }), TODAY)).toBe(100);
    // Five of seven prescribed sessions is 71 %; a session today does not raise it.
    const five = [...everyDay.slice(0, 5), logged(TODAY)];
    expect(adherenceOverWindow(evidence({ loggedDays: five }), TODAY)).toBe(71);
  });

  it("skips days the episode was on hold", () => {
    const statusChanges = [
      { toStatus: "ON_HOLD" as const, on: "2026-11-19" },
      { toStatus: "ACTIVE" as const, on: "2026-11-23" },
    ];
    const threeOfThree = ["23", "24", "25"].map((d) => logged(`2026-11-${d}`));
    expect(adherenceOverWindow(evidence({ loggedDays: threeOfThree, statusChanges }), TODAY)).toBe(100);
  });

  it("is null when no program was in force", () => {
    expect(adherenceOverWindow(NO_EVIDENCE, TODAY)).toBeNull();
  });
});

describe("gate criteria read from the logs", () => {
  const episode = { side: "RIGHT" as const, onsetDate: "2026-11-10" };
  const criteria = (found: GateEvidence) =>
    Object.fromEntries(evaluateGate("ACUTE", gateInputsFrom(episode, found, TODAY)).criteria.map((c) => [c.id, c.status]));

  it("meets pain and adherence when every day was done at pain 1 or less", () => {
    const days = ["19", "20", "21", "22", "23", "24", "25"].map((d) => logged(`2026-11-${d}`, 1));
    expect(criteria(evidence({ loggedDays: days }))).toMatchObject({ "pain-during-exercise": "met", adherence: "met" });
  });

  it("fails pain at 2/10 in the acute phase (R-PAIN: advice at ≥ 2 [S11]) and adherence below 70 %", () => {
    const days = [logged("2026-11-24", 2), logged("2026-11-25", 0)];
    expect(criteria(evidence({ loggedDays: days }))).toMatchObject({ "pain-during-exercise": "not-met", adherence: "not-met" });
  });

  it("reads missing without logs or a program", () => {
    expect(criteria(NO_EVIDENCE)).toMatchObject({ "pain-during-exercise": "missing", adherence: "missing" });
  });
});
