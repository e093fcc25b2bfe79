import { describe, expect, it } from "vitest";
import { caseloadHref, parseCaseloadParams } from "./params";

describe("caseload URL state", () => {
  it("starts a clinician on their own patients and an admin on the whole clinic, most alerts first", () => {
    expect(parseCaseloadParams({}, "CLINICIAN")).toEqual({ view: "mine", sort: "alerts", dir: "desc", page: 1 });
    expect(parseCaseloadParams({}, "ADMIN").view).toBe("clinic");
  });

  it("falls back to defaults for anything invalid", () => {
    expect(parseCaseloadParams({ view: "everyone", sort: "dob", dir: "up", page: "-2" }, "CLINICIAN")).toEqual({ view: "mine", sort: "alerts", dir: "desc", page: 1 });
  });

  it("round-trips through the URL, naming the view always", () => {
    const params = { view: "clinic", sort: "lastLog", dir: "asc", page: 2 } as const;
    const href = caseloadHref(params);
    expect(href).toBe("/dashboard?view=clinic&sort=lastLog&dir=asc&page=2");
    expect(parseCaseloadParams(Object.fromEntries(new URL(href, "http://x").searchParams), "ADMIN")).toEqual(params);
    expect(caseloadHref({ view: "mine", sort: "alerts", dir: "desc", page: 1 })).toBe("/dashboard?view=mine");
  });
});
