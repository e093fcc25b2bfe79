import { describe, expect, it } from "vitest";
import { DEFAULT_PROGRESS_PARAMS, parseProgressParams, progressQueryString } from "./schema";

const episode = "01964a3e-8f6b-7c3d-9a2b-1c2d3e4f5a6b";

describe("progress URL state", () => {
  it("reads range, episode and measure, falling back to defaults for anything unknown", () => {
    expect(parseProgressParams({})).toEqual(DEFAULT_PROGRESS_PARAMS);
    expect(parseProgressParams({ range: "4w", episode, measure: "lsi-hhd-hip-ext" })).toEqual({ range: "4w", episode, measure: "lsi-hhd-hip-ext" });
    expect(parseProgressParams({ range: "1y", episode: "not-an-id", measure: "mtt-pelvis-controlled" })).toEqual(DEFAULT_PROGRESS_PARAMS);
    expect(parseProgressParams({ range: ["12w", "4w"], episode: "" })).toMatchObject({ range: "12w", episode: null });
  });

  it("writes only what differs from the defaults", () => {
    expect(progressQueryString(DEFAULT_PROGRESS_PARAMS)).toBe("");
    expect(progressQueryString({ range: "all", episode, measure: "nprs" })).toBe(`?range=all&episode=${episode}&measure=nprs`);
  });
});
