import { describe, expect, it } from "vitest";
import { row } from "@/scripts/testing/measurement-row-builder";
import { evaluateGate, type GateInputs } from "./gates";

const base: GateInputs = {
  latestAssessment: null,
  involvedSide: "RIGHT",
  daysSinceOnset: 10,
  painDuringLast7Days: null,
  adherencePercent: null,
};

const statuses = (phase: Parameters<typeof evaluateGate>[0], inputs: Partial<GateInputs>) =>
  Object.fromEntries(evaluateGate(phase, { ...base, ...inputs }).criteria.map((criterion) => [criterion.id, criterion.status]));

const assessed = (...rows: ReturnType<typeof row>[]) => ({ assessedOn: "2026-11-20", rows });

describe("acute → subacute gate", () => {
  it("marks what has never been recorded as missing", () => {
    expect(statuses("ACUTE", {})).toEqual({
      "pain-during-exercise": "missing",
      "pain-free-resisted-knee-flexion": "missing",
      "askling-start": "met",
      adherence: "missing",
    });
  });

  it("is not ready on day 5 with nothing recorded: only the day count can be checked then", () => {
    expect(evaluateGate("ACUTE", { ...base, daysSinceOnset: 5 }).ready).toBe(false);
  });

  it("reads pain-free resisted knee flexion on the injured side only", () => {
    const painfulRight = assessed(row("mmt-knee-flex", "RIGHT", 9, { flag: true }), row("mmt-knee-flex", "LEFT", 12, { flag: false }));
    expect(statuses("ACUTE", { latestAssessment: painfulRight })["pain-free-resisted-knee-flexion"]).toBe("not-met");
    expect(statuses("ACUTE", { latestAssessment: painfulRight, involvedSide: "LEFT" })["pain-free-resisted-knee-flexion"]).toBe("met");
  });

  it("reads a muscle test whose pain question was not asked as missing, not as pain-free", () => {
    const notAsked = assessed(row("mmt-knee-flex", "RIGHT", 11, { flag: null }));
    expect(statuses("ACUTE", { latestAssessment: notAsked })["pain-free-resisted-knee-flexion"]).toBe("missing");
    const oneSide = assessed(row("mmt-knee-flex", "RIGHT", 11, { flag: false }));
    expect(statuses("ACUTE", { latestAssessment: oneSide, involvedSide: "BOTH" })["pain-free-resisted-knee-flexion"]).toBe("missing");
  });

  it("takes pain during exercise of 2/10 as too much in the acute phase (R-PAIN: advice at ≥ 2 [S11])", () => {
    expect(statuses("ACUTE", { painDuringLast7Days: [0, 1, 1] })["pain-during-exercise"]).toBe("met");
    expect(statuses("ACUTE", { painDuringLast7Days: [0, 2] })["pain-during-exercise"]).toBe("not-met");
  });

  it("needs day 5 after injury and 70 % adherence", () => {
    expect(statuses("ACUTE", { daysSinceOnset: 4 })["askling-start"]).toBe("not-met");
    expect(statuses("ACUTE", { daysSinceOnset: 5 })["askling-start"]).toBe("met");
    expect(statuses("ACUTE", { adherencePercent: 69.9 }).adherence).toBe("not-met");
    expect(statuses("ACUTE", { adherencePercent: 70 }).adherence).toBe("met");
  });

  it("is ready only when every criterion is recorded and met", () => {
    const ready = { latestAssessment: assessed(row("mmt-knee-flex", "RIGHT", 11, { flag: false })), painDuringLast7Days: [1], adherencePercent: 85 };
    expect(evaluateGate("ACUTE", { ...base, ...ready })).toMatchObject({ to: "SUBACUTE", ready: true });
    expect(evaluateGate("ACUTE", { ...base, ...ready, adherencePercent: 50 }).ready).toBe(false);
    expect(evaluateGate("ACUTE", { ...base, ...ready, painDuringLast7Days: null }).ready).toBe(false);
    expect(evaluateGate("ACUTE", { ...base, ...ready, latestAssessment: null }).ready).toBe(false);
  });
});

describe("subacute → prevention gate", () => {
  it("compares AKE of the injured side with the other side against the 15° acute-injury MDC", () => {
    const ake = (right: number) => assessed(row("ake-knee-flex-angle", "LEFT", 10), row("ake-knee-flex-angle", "RIGHT", right));
    expect(statuses("SUBACUTE", { latestAssessment: ake(25) })["similar-flexibility"]).toBe("met");
    expect(statuses("SUBACUTE", { latestAssessment: ake(26) })["similar-flexibility"]).toBe("not-met");
    expect(statuses("SUBACUTE", { latestAssessment: assessed(row("ake-knee-flex-angle", "LEFT", 10)) })["similar-flexibility"]).toBe("missing");
  });

  it("requires no pain on palpation, resisted tests or stretch, nor on any muscle test [S16]", () => {
    const painless = assessed(
      row("nprs", "NONE", 0, { context: "on_palpation" }),
      row("nprs", "NONE", 0, { context: "on_stretch" }),
      row("mmt-knee-flex", "RIGHT", 12, { flag: false }),
    );
    expect(statuses("SUBACUTE", { latestAssessment: painless })["no-pain-on-testing"]).toBe("met");
    // One of the three never recorded: missing, not met on partial evidence.
    const noPalpation = assessed(row("nprs", "NONE", 0, { context: "on_stretch" }), row("mmt-knee-flex", "RIGHT", 12, { flag: false }));
    expect(evaluateGate("SUBACUTE", { ...base, latestAssessment: noPalpation }).criteria.find((c) => c.id === "no-pain-on-testing")).toMatchObject({
      status: "missing",
      detail: "Pain not recorded on palpation",
    });
    // The uninjured side's muscle test does not stand for the injured one.
    const otherSide = assessed(row("nprs", "NONE", 0, { context: "on_palpation" }), row("nprs", "NONE", 0, { context: "on_stretch" }), row("mmt-knee-flex", "LEFT", 12, { flag: false }));
    expect(statuses("SUBACUTE", { latestAssessment: otherSide })["no-pain-on-testing"]).toBe("missing");
    const palpation = assessed(row("nprs", "NONE", 3, { context: "on_palpation" }));
    expect(statuses("SUBACUTE", { latestAssessment: palpation })["no-pain-on-testing"]).toBe("not-met");
    const flagged = assessed(row("mmt-knee-flex", "LEFT", 12, { flag: true }));
    expect(statuses("SUBACUTE", { latestAssessment: flagged })["no-pain-on-testing"]).toBe("not-met");
    // Pain at rest is not pain on testing.
    expect(statuses("SUBACUTE", { latestAssessment: assessed(row("nprs", "NONE", 4, { context: "rest" })) })["no-pain-on-testing"]).toBe("missing");
    expect(statuses("SUBACUTE", { latestAssessment: assessed(row("mmt-knee-flex", "RIGHT", 12, { flag: null })) })["no-pain-on-testing"]).toBe("missing");
  });

  it("is not ready on adherence alone", () => {
    expect(evaluateGate("SUBACUTE", { ...base, adherencePercent: 100, painDuringLast7Days: [0] }).ready).toBe(false);
  });
});

describe("prevention", () => {
  it("is the last phase: no gate, no suggestion", () => {
    expect(evaluateGate("PREVENTION", base)).toEqual({ from: "PREVENTION", to: null, criteria: [], ready: false });
  });
});
