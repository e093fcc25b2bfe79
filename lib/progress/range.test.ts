import { describe, expect, it } from "vitest";
import { chartAxis, episodeWindow, inWindow, rangeWindow } from "./range";

// 2026-11-26 is a Thursday; its week starts Monday 2026-11-23.
const today = "2026-11-26";
const episode = { from: "2026-10-22", to: today };

describe("rangeWindow", () => {
  it("makes the last 4 weeks this week and the three before it", () => {
    expect(rangeWindow("4w", { today, episode, earliest: "2026-01-05" })).toEqual({ from: "2026-11-02", to: today });
  });

  it("makes the last 12 weeks start on the Monday eleven weeks before this one", () => {
    expect(rangeWindow("12w", { today, episode, earliest: null })).toEqual({ from: "2026-09-07", to: today });
  });

  it("shows the selected episode's days, and everything when there is no episode", () => {
    expect(rangeWindow("episode", { today, episode, earliest: "2026-01-05" })).toEqual(episode);
    expect(rangeWindow("episode", { today, episode: null, earliest: "2026-01-05" })).toEqual({ from: "2026-01-05", to: today });
  });

  it("starts 'all' at the earliest record, or today when nothing was recorded", () => {
    expect(rangeWindow("all", { today, episode, earliest: "2026-01-05" })).toEqual({ from: "2026-01-05", to: today });
    expect(rangeWindow("all", { today, episode, earliest: null })).toEqual({ from: today, to: today });
  });
});

describe("episodeWindow", () => {
  it("runs from onset to today while open, or to the day it finished", () => {
    expect(episodeWindow({ onsetDate: "2026-10-22", firstPhaseDay: "2026-10-24", finishedOn: null }, today)).toEqual({ from: "2026-10-22", to: today });
    expect(episodeWindow({ onsetDate: "2026-10-22", firstPhaseDay: "2026-10-24", finishedOn: "2026-11-10" }, today)).toEqual({
      from: "2026-10-22",
      to: "2026-11-10",
    });
  });

  it("starts at the first phase entry when that came before the recorded onset", () => {
    expect(episodeWindow({ onsetDate: "2026-10-22", firstPhaseDay: "2026-10-20", finishedOn: null }, today).from).toBe("2026-10-20");
  });
});

describe("chartAxis", () => {
  it("covers whole Monday weeks with a tick per week", () => {
    expect(chartAxis({ from: "2026-11-04", to: today })).toEqual({
      start: "2026-11-02",
      end: "2026-11-30",
      ticks: ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"],
    });
  });

  it("thins the ticks of a long range to at most eight", () => {
    const axis = chartAxis({ from: "2026-01-05", to: today });
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    expect(axis.ticks[0]).toBe("2026-01-05");
    expect(axis.ticks[1]).toBe("2026-02-16");
  });
});

it("inWindow includes both ends", () => {
  expect(inWindow("2026-11-02", { from: "2026-11-02", to: "2026-11-08" })).toBe(true);
  expect(inWindow("2026-11-08", { from: "2026-11-02", to: "2026-11-08" })).toBe(true);
  expect(inWindow("2026-11-09", { from: "2026-11-02", to: "2026-11-08" })).toBe(false);
});
