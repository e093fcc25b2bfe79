import { describe, expect, it } from "vitest";
import { changesSince } from "./changes";
import { row } from "@/scripts/testing/measurement-row-builder";

const ake = (value: number, method = "goniometer") => row("ake-knee-flex-angle", "RIGHT", value, { method });

describe("changesSince", () => {
  it("calls a change real at the MDC and within measurement error just below it", () => {
    expect(changesSince([ake(40)], [ake(32)], false)).toEqual([
      expect.objectContaining({ delta: -8, verdict: "real", text: "Right AKE improved by 8°: a real change (at least the 8° MDC)" }),
    ]);
    expect(changesSince([ake(40)], [ake(33)], false)[0]).toMatchObject({
      verdict: "noise",
      text: "Right AKE improved by 7°: within measurement error (MDC 8°)",
    });
  });

  it("uses the acute-injury MDC while an acute episode is open", () => {
    expect(changesSince([ake(40)], [ake(30)], false)[0]?.verdict).toBe("real");
    expect(changesSince([ake(40)], [ake(30)], true)[0]).toMatchObject({ verdict: "noise", text: expect.stringContaining("MDC 15°") });
    expect(changesSince([ake(40)], [ake(25)], true)[0]?.verdict).toBe("real");
  });

  it("knows which direction is better for each measure", () => {
    const slr = (value: number) => row("slr-passive-hip-flex", "LEFT", value);
    expect(changesSince([slr(60)], [slr(70)], false)[0]?.text).toBe("Left SLR improved by 10°: a real change (at least the 7° MDC)");
    expect(changesSince([ake(30)], [ake(40)], false)[0]?.text).toContain("worsened by 10°");
  });

  it("calls a 1-point pain change minimal and a 2-point one important, per NPRS MCID [S36]", () => {
    const rest = (value: number) => row("nprs", "NONE", value, { context: "rest" });
    expect(changesSince([rest(6)], [rest(5)], false)[0]).toMatchObject({
      verdict: "minimal",
      text: "Pain at rest improved by 1/10: a minimal change (at least 1/10; 2/10 is an important change)",
    });
    expect(changesSince([rest(6)], [rest(4)], false)[0]?.verdict).toBe("real");
  });

  it("compares pain per context", () => {
    const pain = (value: number, context: string) => row("nprs", "NONE", value, { context });
    const changes = changesSince([pain(6, "rest"), pain(8, "activity")], [pain(5, "rest"), pain(4, "activity")], false);
    expect(changes.map((change) => [change.context, change.verdict])).toEqual([
      ["rest", "minimal"],
      ["activity", "real"],
    ]);
  });

  it("does not judge a measure without a published MDC, or values taken with different methods", () => {
    const tilt = (value: number) => row("pelvic-tilt-sagittal", "LEFT", value);
    expect(changesSince([tilt(10)], [tilt(14)], false)[0]).toMatchObject({ verdict: "unjudged", text: expect.stringContaining("no published MDC") });
    expect(changesSince([ake(40, "goniometer")], [ake(20, "inclinometer")], false)[0]).toMatchObject({
      verdict: "unjudged",
      text: "Right AKE was taken with a different method; not comparable",
    });
  });

  it("ignores unchanged values, values missing from either assessment, and yes/no answers", () => {
    expect(changesSince([ake(30)], [ake(30)], false)).toEqual([]);
    expect(changesSince([], [ake(30)], false)).toEqual([]);
    const controlled = (value: number) => row("mtt-pelvis-controlled", "LEFT", value);
    expect(changesSince([controlled(0)], [controlled(1)], false)).toEqual([]);
  });
});
