import { describe, expect, it } from "vitest";
import { pausesFrom } from "./episode-pauses";

describe("pausesFrom", () => {
  it("has no pause for an episode that never left ACTIVE", () => {
    expect(pausesFrom([])).toEqual([]);
  });

  it("pauses from the day the episode went on hold until the day it resumed", () => {
    expect(
      pausesFrom([
        { toStatus: "ON_HOLD", on: "2026-11-04" },
        { toStatus: "ACTIVE", on: "2026-11-07" },
      ]),
    ).toEqual([{ from: "2026-11-04", to: "2026-11-07" }]);
  });

  it("keeps a pause open while the episode is still on hold or finished, from the first day it left ACTIVE", () => {
    expect(
      pausesFrom([
        { toStatus: "FINISHED", on: "2026-11-10" },
        { toStatus: "ON_HOLD", on: "2026-11-02" },
      ]),
    ).toEqual([{ from: "2026-11-02", to: null }]);
  });

  it("reads several holds in order of their days, whatever order they arrive in", () => {
    expect(
      pausesFrom([
        { toStatus: "ACTIVE", on: "2026-11-20" },
        { toStatus: "ON_HOLD", on: "2026-11-01" },
        { toStatus: "ON_HOLD", on: "2026-11-15" },
        { toStatus: "ACTIVE", on: "2026-11-03" },
      ]),
    ).toEqual([
      { from: "2026-11-01", to: "2026-11-03" },
      { from: "2026-11-15", to: "2026-11-20" },
    ]);
  });
});
