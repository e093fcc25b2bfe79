import { describe, expect, it } from "vitest";
import { activityQueryString, DEFAULT_ACTIVITY_PARAMS } from "./activity-url";
import { activityRange, parseActivityParams } from "./params";

const ID = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("parseActivityParams", () => {
  it("reads the defaults from an empty URL: page 1 of 25, no filter", () => {
    expect(parseActivityParams({})).toEqual({ page: 1, pageSize: 25, actor: null, patient: null, action: null, from: null, to: null });
  });

  it("reads every filter", () => {
    expect(parseActivityParams({ page: "3", pageSize: "50", actor: ID, patient: ID, action: "PHASE_CHANGE", from: "2026-12-01", to: "2026-12-07" })).toEqual({
      page: 3,
      pageSize: 50,
      actor: ID,
      patient: ID,
      action: "PHASE_CHANGE",
      from: "2026-12-01",
      to: "2026-12-07",
    });
  });

  it("falls back per parameter on invalid values instead of failing the page", () => {
    expect(
      parseActivityParams({ page: "0", pageSize: "30", actor: "Jane Doe", patient: "1; DROP", action: "DELETE", from: "2026-02-31", to: "2026-13-01" }),
    ).toEqual(DEFAULT_ACTIVITY_PARAMS);
    expect(parseActivityParams({ page: "100001" }).page).toBe(1);
    expect(parseActivityParams({ page: "100000" }).page).toBe(100_000);
    expect(parseActivityParams({ from: "" }).from).toBeNull();
  });

  it("reads a repeated parameter by its first value", () => {
    expect(parseActivityParams({ action: ["UPDATE", "CREATE"] }).action).toBe("UPDATE");
  });

  it("turns a range given backwards round", () => {
    expect(parseActivityParams({ from: "2026-12-07", to: "2026-12-01" })).toMatchObject({ from: "2026-12-01", to: "2026-12-07" });
  });
});

describe("activityQueryString", () => {
  it("names only what differs from the defaults, and round-trips", () => {
    expect(activityQueryString(DEFAULT_ACTIVITY_PARAMS)).toBe("");
    const params = { ...DEFAULT_ACTIVITY_PARAMS, page: 2, action: "UPDATE" as const, patient: ID, to: "2026-12-07" };
    const query = activityQueryString(params);
    expect(query).toBe(`?page=2&patient=${ID}&action=UPDATE&to=2026-12-07`);
    expect(parseActivityParams(Object.fromEntries(new URLSearchParams(query)))).toEqual(params);
  });
});

describe("activityRange", () => {
  it("covers whole days of the clinic's zone, the last one included", () => {
    expect(activityRange({ from: "2026-12-01", to: "2026-12-31" }, "UTC")).toEqual({
      gte: new Date("2026-12-01T00:00:00Z"),
      lt: new Date("2027-01-01T00:00:00Z"),
    });
    // Brisbane (UTC+10) days start at 14:00 UTC the day before; New York's (UTC−5 in winter) at 05:00 UTC.
    expect(activityRange({ from: "2026-12-01", to: "2026-12-31" }, "Australia/Brisbane")).toEqual({
      gte: new Date("2026-11-30T14:00:00Z"),
      lt: new Date("2026-12-31T14:00:00Z"),
    });
    expect(activityRange({ from: "2026-12-01", to: null }, "America/New_York")).toEqual({ gte: new Date("2026-12-01T05:00:00Z") });
    expect(activityRange({ from: null, to: null }, "UTC")).toEqual({});
  });
});
