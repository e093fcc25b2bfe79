import { describe, expect, it } from "vitest";
import { parseDiaryParams } from "./diary-params";
import { handedOverHref } from "./hand-over";

const COLLEAGUE = "0193a6d2-7c4e-7000-8000-000000000002";

describe("handedOverHref", () => {
  it("sends a clinician who handed a visit over to their own day view of it, naming the colleague by id", () => {
    const href = handedOverHref("2026-12-09", COLLEAGUE);
    expect(href).toBe(`/appointments?date=2026-12-09&handedTo=${COLLEAGUE}`);
    // The diary reads that day of the viewer's own diary from it.
    expect(parseDiaryParams(Object.fromEntries(new URL(href, "http://localhost").searchParams))).toEqual({ view: "day", date: "2026-12-09", clinician: "" });
  });
});
