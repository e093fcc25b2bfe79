import { describe, expect, it } from "vitest";
import { parsePastVisitsPage, pastVisitsHref } from "./visit-history";

describe("the Visits tab's page of past visits in the URL", () => {
  it("reads ?past=N, and anything else as the first page", () => {
    expect(parsePastVisitsPage({ past: "3" })).toBe(3);
    expect(parsePastVisitsPage({})).toBe(1);
    for (const past of ["0", "-2", "1.5", "two", "99999"]) expect(parsePastVisitsPage({ past })).toBe(1);
  });

  it("links the first page without a parameter and the others with it", () => {
    expect(pastVisitsHref("p1", 1)).toBe("/patients/p1/visits");
    expect(pastVisitsHref("p1", 2)).toBe("/patients/p1/visits?past=2");
  });
});
