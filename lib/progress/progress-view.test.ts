import { describe, expect, it } from "vitest";
import { buildProgressView, selectEpisode, type ProgressEpisodeRecord, type ProgressRecords } from "./progress-view";
import { DEFAULT_PROGRESS_PARAMS } from "./schema";

// Thursday; the episode started six weeks before.
const today = "2026-11-26";
const active: ProgressEpisodeRecord = { id: "e2", diagnosis: "Hamstring strain", side: "RIGHT", status: "ACTIVE", phase: "SUBACUTE", onsetDate: "2026-10-15" };
const finished: ProgressEpisodeRecord = { id: "e1", diagnosis: "Cramps", side: "LEFT", status: "FINISHED", phase: "PREVENTION", onsetDate: "2026-03-02" };

const records: ProgressRecords = {
  sex: "MALE",
  episodes: [finished, active],
  history: {
    phaseChanges: [
      { toPhase: "ACUTE", changedOn: "2026-10-15" },
      { toPhase: "SUBACUTE", changedOn: "2026-10-22" },
    ],
    statusChanges: [],
    programs: [{ version: 1, phase: "ACUTE", createdOn: "2026-10-15", items: [{ id: "i1", exerciseCode: "EX02", perWeek: 7, perDay: null, everyDays: null }] }],
    logs: [
      { programItemId: "i1", exerciseCode: "EX02", performedOn: "2026-10-15", painDuring: 4 },
      { programItemId: "i1", exerciseCode: "EX02", performedOn: "2026-11-24", painDuring: 1 },
    ],
    mornings: [],
  },
  assessments: [
    {
      assessedOn: "2026-10-16",
      acutePhase: false,
      rows: [{ measureCode: "ake-knee-flex-angle", side: "RIGHT", value: 40, method: "goniometer", context: "", flag: null }],
    },
  ],
  lefs: [{ completedOn: "2026-10-16", total: 34 }],
  cramps: [{ onsetOn: "2026-03-10", context: "NIGHT_SLEEP" }],
  visitNotes: [],
};

describe("selectEpisode", () => {
  it("takes the episode in the URL, else the newest active one, and refuses an id that is not the patient's", () => {
    expect(selectEpisode([finished, active], null)).toBe(active);
    expect(selectEpisode([finished, active], "e1")).toBe(finished);
    expect(selectEpisode([finished], null)).toBe(finished);
    expect(selectEpisode([], null)).toBeNull();
    expect(selectEpisode([active], "someone-elses")).toBe("not-found");
  });
});

describe("buildProgressView", () => {
  it("shows the active episode by default, from its onset to today on whole weeks", () => {
    const view = buildProgressView(records, DEFAULT_PROGRESS_PARAMS, today)!;
    expect(view.episode?.id).toBe("e2");
    expect(view.window).toEqual({ from: "2026-10-15", to: today });
    expect(view.axis).toMatchObject({ start: "2026-10-12", end: "2026-11-30" });
    expect(view.weeks.map((week) => week.weekStart)).toEqual(["2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(view.weeks[0]).toMatchObject({ prescribed: 4, done: 1, adherence: 25, painDuring: 4 });
    expect(view.timeline.bands.map((band) => band.phase)).toEqual(["ACUTE", "SUBACUTE"]);
    expect(view.lefs.points).toHaveLength(1);
    expect(view.cramps.weeks).toEqual([]);
    expect(view.tables.measure.rows).toEqual([["16 Oct 2026", "Right", "40°", "—", "—", "Yes"]]);
  });

  it("narrows every series to the last 4 weeks and widens to everything on 'all'", () => {
    const recent = buildProgressView(records, { ...DEFAULT_PROGRESS_PARAMS, range: "4w" }, today)!;
    expect(recent.weeks.map((week) => week.weekStart)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(recent.lefs.points).toEqual([]);
    expect(recent.tables.measure.rows).toEqual([]);
    const all = buildProgressView(records, { ...DEFAULT_PROGRESS_PARAMS, range: "all" }, today)!;
    expect(all.window.from).toBe("2026-03-02");
    expect(all.cramps.weeks.find((week) => week.weekStart === "2026-03-09")?.total).toBe(1);
  });

  it("answers null for an episode id that is not the patient's", () => {
    expect(buildProgressView(records, { ...DEFAULT_PROGRESS_PARAMS, episode: "x" }, today)).toBeNull();
  });

  it("offers derived measures only as 'with data' when both limbs were measured", () => {
    const view = buildProgressView(records, DEFAULT_PROGRESS_PARAMS, today)!;
    expect(view.measuresWithData).toEqual(["ake-knee-flex-angle"]);
  });
});
