import { describe, expect, it } from "vitest";
import { noteEpisodeId, programChoices } from "./link-choices";

const v = (version: number, createdOn: string) => ({ id: `p${version}`, version, createdOn });

describe("programChoices", () => {
  it("offers the version in force when the day began and every version saved that day", () => {
    const versions = [v(3, "2026-11-10"), v(1, "2026-11-01"), v(2, "2026-11-05"), v(4, "2026-11-10"), v(5, "2026-11-12")];
    expect(programChoices(versions, "2026-11-10").map((p) => p.version)).toEqual([2, 3, 4]);
    expect(programChoices(versions, "2026-11-11").map((p) => p.version)).toEqual([4]);
  });

  it("offers nothing before the first version, and only the day's own on its first day", () => {
    expect(programChoices([v(1, "2026-11-05")], "2026-11-04")).toEqual([]);
    expect(programChoices([v(1, "2026-11-05")], "2026-11-05").map((p) => p.version)).toEqual([1]);
    expect(programChoices([], "2026-11-05")).toEqual([]);
  });
});

describe("noteEpisodeId", () => {
  it("takes the visit's episode, else the patient's active one, else none", () => {
    const episodes = [
      { id: "finished", status: "FINISHED" },
      { id: "active", status: "ACTIVE" },
    ];
    expect(noteEpisodeId("booked", episodes)).toBe("booked");
    expect(noteEpisodeId(null, episodes)).toBe("active");
    expect(noteEpisodeId(null, [{ id: "held", status: "ON_HOLD" }])).toBeNull();
  });
});
