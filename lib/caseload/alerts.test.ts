import { describe, expect, it } from "vitest";
import { row } from "@/scripts/testing/measurement-row-builder";
import { evaluateGate } from "@/lib/episodes/gates";
import { MAX_PAIN_DURING } from "@/lib/episodes/phases";
import {
  alertsFor,
  crampRedFlagAlert,
  gateMetAlert,
  loadJumpAlert,
  noLogAlert,
  morningPainAlert,
  painDuringAlert,
  reassessmentAlert,
  restPainRiseAlert,
  type EpisodeFacts,
} from "./alerts";

const TODAY = "2026-11-26";
const jump = (percent: number) => ({ exerciseCode: "EX25", exerciseName: "Glute bridge", percent, savedOn: TODAY });

describe("pain during exercise above the phase limit (R-PAIN)", () => {
  it("in the acute and subacute phases fires above 2/10 [S11]", () => {
    expect(painDuringAlert(MAX_PAIN_DURING.SUBACUTE.value, "SUBACUTE")).toBeNull();
    expect(painDuringAlert(MAX_PAIN_DURING.SUBACUTE.value + 1, "SUBACUTE")).toMatchObject({ kind: "pain-during" });
    expect(painDuringAlert(8, "ACUTE")?.detail).toMatch(/^8\/10 in the last 7 days; acute \/ protection allows up to \d\/10 \[S11\]$/);
  });

  it("in the prevention phase fires above 5/10 only [S45]", () => {
    expect(painDuringAlert(5, "PREVENTION")).toBeNull();
    expect(painDuringAlert(6, "PREVENTION")).toMatchObject({ kind: "pain-during" });
  });

  it("stays quiet when no pain was logged", () => {
    expect(painDuringAlert(null, "ACUTE")).toBeNull();
  });
});

describe("next-morning pain above the previous state (R-PAIN [S45])", () => {
  it("fires for any rise over the rating before the session, not for the same value", () => {
    expect(morningPainAlert({ pain: 3, previous: 3, sessionDate: "2026-11-24" })).toBeNull();
    expect(morningPainAlert({ pain: 4, previous: 3, sessionDate: "2026-11-24" })).toMatchObject({
      kind: "morning-pain",
      detail: "4/10 the morning after 24 Nov 2026, up from 3/10 before it",
    });
  });

  it("is not evaluated without a previous rating", () => {
    expect(morningPainAlert(null)).toBeNull();
  });
});

describe("pain at rest up from the episode's baseline (R-MDC NPRS 2 [S36])", () => {
  it("fires at a rise of 2 and not at 1", () => {
    expect(restPainRiseAlert({ baseline: 3, latest: 4 })).toBeNull();
    expect(restPainRiseAlert({ baseline: 3, latest: 5 })).toMatchObject({ kind: "rest-pain-rise", detail: "5/10 at rest, up 2 from 3/10 at the start of the episode" });
  });

  it("needs a baseline and a later rating", () => {
    expect(restPainRiseAlert({ baseline: null, latest: 9 })).toBeNull();
    expect(restPainRiseAlert({ baseline: 1, latest: null })).toBeNull();
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

describe("load rise > 30 % over 2 weeks without a reason (R-LOAD [S46]; load-jumps.ts picks the rises)", () => {
  it("names the biggest unexplained rise, in words", () => {
    expect(loadJumpAlert([jump(31), jump(45.4)])).toMatchObject({ kind: "load-jump", detail: "Glute bridge weekly load +45 % over 2 weeks, no reason given" });
    expect(loadJumpAlert([{ ...jump(0), percent: null }])).toMatchObject({ detail: "Glute bridge: external load added to a body-weight exercise, no reason given" });
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
  const painFreeKneeFlexion = { assessedOn: "2026-11-20", rows: [row("mmt-knee-flex", "RIGHT", 11, { flag: false })] };
  const base = { latestAssessment: painFreeKneeFlexion, involvedSide: "RIGHT" as const, daysSinceOnset: 9, painDuringLast7Days: [1], adherencePercent: 80 };

  it("fires when every criterion is recorded and met", () => {
    expect(gateMetAlert(evaluateGate("ACUTE", base))).toMatchObject({ kind: "gate-met", detail: "Ready for subacute / chronic: approve on the episode page" });
  });

  it("stays quiet when a criterion fails or was never recorded, in the last phase, or without a gate", () => {
    expect(gateMetAlert(evaluateGate("ACUTE", { ...base, adherencePercent: 69 }))).toBeNull();
    expect(gateMetAlert(evaluateGate("ACUTE", { ...base, latestAssessment: null }))).toBeNull();
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
    phase: "SUBACUTE",
    maxPainDuring: 1,
    morningPainRise: null,
    restPain: { baseline: 2, latest: 1 },
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
    const all = alertsFor({ ...quiet, maxPainDuring: 8, morningPainRise: { pain: 5, previous: 2, sessionDate: "2026-11-24" }, restPain: { baseline: 1, latest: 4 }, lastLogOn: "2026-11-01", lastAssessedOn: "2026-10-01", loadJumps: [jump(50)], redFlagCramps: 1 }, TODAY);
    expect(all.map((alert) => alert.kind)).toEqual(["pain-during", "morning-pain", "rest-pain-rise", "cramp-red-flag", "load-jump", "no-log", "reassessment-due"]);
  });
});
