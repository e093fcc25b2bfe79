import { describe, expect, it } from "vitest";
import { evaluateGate } from "@/lib/episodes/gates";
import {
  alertsFor,
  crampRedFlagAlert,
  gateMetAlert,
  loadJumpAlert,
  noLogAlert,
  painRiseAlert,
  reassessmentAlert,
  severePainAlert,
  type EpisodeFacts,
} from "./alerts";

const TODAY = "2026-11-26";
const pain = (maxDuring: number | null, maxNextMorning: number | null = null) => ({ maxDuring, maxNextMorning });
const jump = (percent: number) => ({ exerciseCode: "EX25", exerciseName: "Glute bridge", percent, savedOn: TODAY });

describe("pain ≥ 7 logged", () => {
  it("fires at 7 and not at 6, during exercise or the next morning", () => {
    expect(severePainAlert(pain(6, 6))).toBeNull();
    expect(severePainAlert(pain(7))).toMatchObject({ kind: "severe-pain", detail: "7/10 during exercise in the last 7 days" });
    expect(severePainAlert(pain(2, 8))).toMatchObject({ detail: "8/10 the next morning in the last 7 days" });
  });

  it("stays quiet when no pain was logged", () => {
    expect(severePainAlert(pain(null, null))).toBeNull();
  });
});

describe("pain up ≥ 2 from baseline", () => {
  it("fires at a rise of 2 (the NPRS MDC) and not at 1", () => {
    expect(painRiseAlert(pain(4), 3)).toBeNull();
    expect(painRiseAlert(pain(5), 3)).toMatchObject({ kind: "pain-rise", detail: "5/10, up 2 from 3/10 at rest" });
    expect(painRiseAlert(pain(1, 5), 3)).not.toBeNull();
  });

  it("is not evaluated without a baseline or without pain logged", () => {
    expect(painRiseAlert(pain(9), null)).toBeNull();
    expect(painRiseAlert(pain(null), 0)).toBeNull();
  });
});

describe("no log for 7 days", () => {
  it("needs a program given at least 7 days ago", () => {
    expect(noLogAlert(null, null, TODAY)).toBeNull();
    expect(noLogAlert("2026-11-20", null, TODAY)).toBeNull();
    expect(noLogAlert("2026-11-19", null, TODAY)).toMatchObject({ kind: "no-log", detail: "Nothing logged since the program was given 7 days ago" });
  });

  it("fires when the last log is 7 days old and not when it is 6", () => {
    expect(noLogAlert("2026-10-01", "2026-11-20", TODAY)).toBeNull();
    expect(noLogAlert("2026-10-01", "2026-11-19", TODAY)).toMatchObject({ detail: "Last log 7 days ago" });
  });
});

describe("weekly load jump > 30 %", () => {
  it("fires above 30 % only", () => {
    expect(loadJumpAlert([jump(30)])).toBeNull();
    expect(loadJumpAlert([jump(12), jump(30.5)])).toMatchObject({ kind: "load-jump", detail: "Glute bridge weekly load +31 %" });
    expect(loadJumpAlert([])).toBeNull();
  });
});

describe("reassessment due", () => {
  it("fires 28 days after the last assessment, not 27", () => {
    expect(reassessmentAlert("2026-10-30", "2026-09-01", TODAY)).toBeNull();
    expect(reassessmentAlert("2026-10-29", "2026-09-01", TODAY)).toMatchObject({ kind: "reassessment-due", detail: "Last assessed 28 days ago" });
  });

  it("counts from the episode's start when the patient was never assessed", () => {
    expect(reassessmentAlert(null, "2026-10-30", TODAY)).toBeNull();
    expect(reassessmentAlert(null, "2026-10-29", TODAY)).toMatchObject({ detail: "No assessment in 28 days of care" });
  });
});

describe("phase gate met", () => {
  const base = { latestAssessment: null, involvedSide: "RIGHT" as const, daysSinceOnset: 9, painDuringLast7Days: [1], adherencePercent: 80 };

  it("fires when every computable criterion is met", () => {
    expect(gateMetAlert(evaluateGate("ACUTE", base))).toMatchObject({ kind: "gate-met", detail: "Ready for subacute / chronic: approve on the episode page" });
  });

  it("stays quiet when a criterion fails, in the last phase, or without a gate", () => {
    expect(gateMetAlert(evaluateGate("ACUTE", { ...base, adherencePercent: 69 }))).toBeNull();
    expect(gateMetAlert(evaluateGate("PREVENTION", base))).toBeNull();
    expect(gateMetAlert(undefined)).toBeNull();
  });
});

describe("cramp red flag", () => {
  it("fires from one red-flag cramp", () => {
    expect(crampRedFlagAlert(0)).toBeNull();
    expect(crampRedFlagAlert(1)).toMatchObject({ kind: "cramp-red-flag", detail: "1 red-flag cramp in the last 14 days" });
    expect(crampRedFlagAlert(3)?.detail).toBe("3 red-flag cramps in the last 14 days");
  });
});

describe("alertsFor", () => {
  const quiet: EpisodeFacts = {
    pain: pain(1, 1),
    baselinePain: 1,
    firstProgramOn: "2026-11-01",
    lastLogOn: TODAY,
    lastAssessedOn: "2026-11-20",
    startedOn: "2026-11-01",
    loadJumps: [],
    gate: undefined,
    redFlagCramps: 0,
  };

  it("lists nothing for an episode going to plan", () => {
    expect(alertsFor(quiet, TODAY)).toEqual([]);
  });

  it("lists every reason, most urgent first", () => {
    const all = alertsFor({ ...quiet, pain: pain(8), lastLogOn: "2026-11-01", lastAssessedOn: "2026-10-01", loadJumps: [jump(50)], redFlagCramps: 1 }, TODAY);
    expect(all.map((alert) => alert.kind)).toEqual(["severe-pain", "pain-rise", "cramp-red-flag", "load-jump", "no-log", "reassessment-due"]);
  });
});
