import { describe, expect, it } from "vitest";
import { exerciseByCode } from "@/lib/exercises/library";
import { overallAdherence } from "./adherence";
import { isPausedByStepBack, withStepBackPauses } from "./paused-items";

const steppedBackToAcute = { program: "SUBACUTE", episode: "ACUTE" } as const;

describe("items paused by a step back (R-NO-HEAVY-ACUTE [S12])", () => {
  it("pauses the Nordic, RDL and Askling work of a subacute program once the episode is back in acute", () => {
    for (const code of ["EX14", "EX15", "EX16", "EX27", "EX28", "EX29", "EX30"]) {
      expect(isPausedByStepBack(exerciseByCode(code), steppedBackToAcute), code).toBe(true);
    }
  });

  it("keeps exercises the acute phase allows", () => {
    expect(isPausedByStepBack(exerciseByCode("EX02"), steppedBackToAcute)).toBe(false);
    expect(isPausedByStepBack(exerciseByCode("EX25"), steppedBackToAcute)).toBe(false);
  });

  it("pauses nothing when the program was saved for the phase the episode is in", () => {
    expect(isPausedByStepBack(exerciseByCode("EX30"), { program: "ACUTE", episode: "ACUTE" })).toBe(false);
    expect(isPausedByStepBack(exerciseByCode("EX30"), { program: "SUBACUTE", episode: "PREVENTION" })).toBe(false);
  });

  it("pauses nothing after a step back that does not reach acute: R-NO-HEAVY-ACUTE is about the acute phase", () => {
    expect(isPausedByStepBack(exerciseByCode("EX39"), { program: "PREVENTION", episode: "SUBACUTE" })).toBe(false);
  });
});

describe("paused days for adherence", () => {
  const subacuteVersion = {
    from: "2026-11-02",
    phase: "SUBACUTE" as const,
    items: [
      { id: "1", exerciseCode: "EX25", perWeek: 7, perDay: null, everyDays: null },
      { id: "2", exerciseCode: "EX30", perWeek: 7, perDay: null, everyDays: null },
    ],
  };
  const history = [
    { toPhase: "ACUTE" as const, on: "2026-10-20" },
    { toPhase: "SUBACUTE" as const, on: "2026-11-01" },
    { toPhase: "ACUTE" as const, on: "2026-11-10" },
    { toPhase: "SUBACUTE" as const, on: "2026-11-20" },
  ];

  it("holds the Nordic back from the step back to acute until the episode moves on again, and nothing else", () => {
    const [version] = withStepBackPauses([subacuteVersion], history, exerciseByCode);
    expect(version!.items.map((item) => [item.exerciseCode, item.pausedDays ?? []])).toEqual([
      ["EX25", []],
      ["EX30", [{ from: "2026-11-10", to: "2026-11-20" }]],
    ]);
  });

  it("lets adherence count the Nordic as not due on those days", () => {
    const versions = withStepBackPauses([subacuteVersion], history, exerciseByCode);
    const logs = ["2026-11-11", "2026-11-12"].map((performedOn) => ({ exerciseCode: "EX25", performedOn }));
    // 2 days × the bridge only (the Nordic is paused): 2 of 2 sessions.
    expect(overallAdherence({ versions, pauses: [], logs, from: "2026-11-11", to: "2026-11-12" })).toBe(100);
  });
});
