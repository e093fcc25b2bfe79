import { describe, expect, it } from "vitest";
import { phaseBands, timelineMarkers } from "./timeline";

const window = { from: "2026-10-22", to: "2026-11-26" };

describe("phaseBands", () => {
  it("gives each phase a band up to the next change, the last one to the end of the window", () => {
    expect(
      phaseBands(
        [
          { toPhase: "SUBACUTE", changedOn: "2026-10-29" },
          { toPhase: "ACUTE", changedOn: "2026-10-22" },
        ],
        window,
      ),
    ).toEqual([
      { phase: "ACUTE", from: "2026-10-22", to: "2026-10-29" },
      { phase: "SUBACUTE", from: "2026-10-29", to: "2026-11-27" },
    ]);
  });

  it("shows a step back as a new band and clips bands to the window", () => {
    const bands = phaseBands(
      [
        { toPhase: "ACUTE", changedOn: "2026-09-01" },
        { toPhase: "SUBACUTE", changedOn: "2026-10-01" },
        { toPhase: "ACUTE", changedOn: "2026-11-10" },
      ],
      window,
    );
    expect(bands).toEqual([
      { phase: "SUBACUTE", from: "2026-10-22", to: "2026-11-10" },
      { phase: "ACUTE", from: "2026-11-10", to: "2026-11-27" },
    ]);
  });

  it("keeps only the phase a day ended in when it changed twice that day", () => {
    const bands = phaseBands(
      [
        { toPhase: "ACUTE", changedOn: "2026-11-01" },
        { toPhase: "SUBACUTE", changedOn: "2026-11-01" },
      ],
      window,
    );
    expect(bands).toEqual([{ phase: "SUBACUTE", from: "2026-11-01", to: "2026-11-27" }]);
  });
});

describe("timelineMarkers", () => {
  it("keeps assessment days and program versions inside the window, once each, in order", () => {
    const markers = timelineMarkers(
      ["2026-11-08", "2026-10-01", "2026-11-08", "2026-10-26"],
      [
        { version: 2, phase: "SUBACUTE", createdOn: "2026-10-29" },
        { version: 1, phase: "ACUTE", createdOn: "2026-10-22" },
        { version: 3, phase: "PREVENTION", createdOn: "2026-12-01" },
      ],
      window,
    );
    expect(markers.assessments).toEqual(["2026-10-26", "2026-11-08"]);
    expect(markers.programVersions.map((program) => program.version)).toEqual([1, 2]);
    expect(markers.visitNotes).toEqual([]);
  });

  it("keeps visit notes on their visits' days inside the window, in day order", () => {
    const notes = [
      { visitDay: "2026-11-09", status: "DRAFT" as const, href: "/b" },
      { visitDay: "2026-10-01", status: "SIGNED" as const, href: "/out" },
      { visitDay: "2026-10-27", status: "SIGNED" as const, href: "/a" },
    ];
    expect(timelineMarkers([], [], window, notes).visitNotes.map((note) => note.href)).toEqual(["/a", "/b"]);
  });
});
