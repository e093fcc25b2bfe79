import { describe, expect, it } from "vitest";
import { crampTable, lefsTable, measureTable, signed, timelineTable, weeksTable } from "./tables";
import type { MeasureChartDTO } from "./types";

describe("chart tables", () => {
  it("lists each measure value with its change and whether it was a real change, oldest first", () => {
    const chart: MeasureChartDTO = {
      kind: "measure",
      code: "ake-knee-flex-angle",
      label: "Active knee extension (90/90)",
      unit: { symbol: "°", name: "degrees" },
      scale: "quantity",
      threshold: { value: 20, comparison: "above", text: "Impaired: more than 20° short of full extension [S56]" },
      mdc: { value: 8, population: "people with flexibility deficits", source: "S1" },
      series: [
        { key: "LEFT", label: "Left", points: [{ date: "2026-10-26", value: 15, change: null, beyondMdc: false, impaired: false }] },
        {
          key: "RIGHT",
          label: "Right",
          points: [
            { date: "2026-10-26", value: 41, change: null, beyondMdc: false, impaired: true },
            { date: "2026-11-08", value: 30, change: -11, beyondMdc: true, impaired: true },
          ],
        },
      ],
    };
    const table = measureTable(chart);
    expect(table.columns).toEqual(["Date", "Side", "Value (degrees)", "Change since previous", "Real change (at least the MDC)", "Impaired"]);
    expect(table.rows).toEqual([
      ["26 Oct 2026", "Left", "15°", "—", "—", "No"],
      ["26 Oct 2026", "Right", "41°", "—", "—", "Yes"],
      ["8 Nov 2026", "Right", "30°", "−11°", "Yes", "Yes"],
    ]);
  });

  it("writes grade changes in steps and leaves the real-change column empty without a published MDC", () => {
    const chart: MeasureChartDTO = {
      kind: "measure",
      code: "mmt-knee-flex",
      label: "Manual muscle test: knee flexors",
      unit: { symbol: "", name: "Oxford grade" },
      scale: "grade",
      threshold: null,
      mdc: null,
      series: [{ key: "RIGHT", label: "Right", points: [{ date: "2026-11-08", value: 9, change: 2, beyondMdc: false, impaired: true }] }],
    };
    expect(measureTable(chart).rows).toEqual([["8 Nov 2026", "Right", "4/5", "+2 grade steps", "—"]]);
  });

  it("tabulates LSI against 90 % and leg-length tiers", () => {
    expect(
      measureTable({
        kind: "lsi",
        code: "lsi-hhd-hip-ext",
        label: "Limb symmetry index: hip extension (HHD)",
        thresholdPercent: 90,
        points: [{ date: "2026-11-08", left: 180, right: 200, lsi: 90, comparedSide: "LEFT", belowThreshold: false }],
      }).rows,
    ).toEqual([["8 Nov 2026", "180", "200", "90 %", "No"]]);
    expect(
      measureTable({
        kind: "lld",
        code: "lld-true",
        label: "Leg-length discrepancy (true)",
        tiers: { monitorFromMm: 10, relevantFromMm: 20 },
        points: [{ date: "2026-11-08", mm: 20, shortSide: "RIGHT", method: "block", tier: "relevant" }],
      }).rows,
    ).toEqual([["8 Nov 2026", "20", "Right", "block", "Clinically relevant"]]);
  });

  it("shows weekly adherence and pain, with a dash where nothing was recorded", () => {
    const table = weeksTable([
      { weekStart: "2026-11-02", done: 5, prescribed: 7, adherence: 71, painDuring: 2.3, painDuringCount: 3, morningPain: null, morningPainCount: 0 },
    ]);
    expect(table.rows).toEqual([["2 Nov 2026", "5", "7", "71 %", "2.3 (3 ratings)", "—"]]);
  });

  it("orders timeline events by date and names phases and versions", () => {
    const table = timelineTable({
      bands: [{ phase: "ACUTE", from: "2026-10-22", to: "2026-10-29" }],
      assessments: ["2026-10-26"],
      programVersions: [{ version: 1, phase: "ACUTE", createdOn: "2026-10-22" }],
      visitNotes: [
        { visitDay: "2026-10-27", status: "DRAFT", href: "/n2" },
        { visitDay: "2026-10-26", status: "SIGNED", href: "/n1" },
      ],
    });
    expect(table.rows).toEqual([
      ["22 Oct 2026", "Acute / protection phase, to 28 Oct 2026"],
      ["22 Oct 2026", "Program version 1 (acute / protection)"],
      ["26 Oct 2026", "Assessment"],
      ["26 Oct 2026", "Visit note (signed)"],
      ["27 Oct 2026", "Visit note (draft, unsigned)"],
    ]);
  });

  it("gives LEFS change since the first total and cramps a column per context used", () => {
    const lefs = lefsTable({
      band: { baseline: 34, low: 25, high: 43 },
      points: [
        { date: "2026-10-23", total: 34, change: null, meaningful: false },
        { date: "2026-11-13", total: 46, change: 12, meaningful: true },
      ],
    });
    expect(lefs.rows).toEqual([
      ["23 Oct 2026", "34", "—", "—"],
      ["13 Nov 2026", "46", "+12", "Yes"],
    ]);
    const counts = { NIGHT_SLEEP: 2, REST_SITTING: 0, REST_LYING_AWAKE: 0, DURING_EXERCISE: 1, POST_EXERCISE: 0, OTHER: 0 };
    const cramps = crampTable([{ weekStart: "2026-11-02", counts, total: 3 }], ["NIGHT_SLEEP", "DURING_EXERCISE"]);
    expect(cramps.columns).toEqual(["Week of", "At night, asleep", "During exercise", "Total"]);
    expect(cramps.rows).toEqual([["2 Nov 2026", "2", "1", "3"]]);
  });

  it("signs numbers with a real minus", () => {
    expect([signed(3), signed(-3), signed(0)]).toEqual(["+3", "−3", "0"]);
  });
});
