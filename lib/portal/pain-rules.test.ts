import { describe, expect, it } from "vitest";
import { evaluateMorningPain, evaluatePainDuring, previousPainState, type PainObservation } from "./pain-rules";

describe("evaluatePainDuring", () => {
  it("acute and subacute phases give advice at 2/10 or more (R-PAIN [S11]): 1 is within, 2 calls for advice", () => {
    for (const phase of ["ACUTE", "SUBACUTE"] as const) {
      expect(evaluatePainDuring(1, phase)).toEqual({ status: "within-limit", limit: 1, source: "S11" });
      const above = evaluatePainDuring(2, phase);
      expect(above).toMatchObject({ status: "above-limit", limit: 1, source: "S11" });
      expect(above.status === "above-limit" && above.advice).toMatch(/^Pain of 2 or more out of 10 .* easier or stop it, and tell your clinician/);
    }
  });

  it("the prevention phase allows up to 5/10 [S45]: 5 is within, 6 calls for advice", () => {
    expect(evaluatePainDuring(5, "PREVENTION")).toEqual({ status: "within-limit", limit: 5, source: "S45" });
    const above = evaluatePainDuring(6, "PREVENTION");
    expect(above).toMatchObject({ status: "above-limit", limit: 5, source: "S45" });
    expect(above.status === "above-limit" && above.advice).toMatch(/Reduce the load or stop/);
  });

  it("pain 6 in the acute phase gets advice; no pain gets none", () => {
    expect(evaluatePainDuring(6, "ACUTE").status).toBe("above-limit");
    expect(evaluatePainDuring(0, "ACUTE").status).toBe("within-limit");
  });

  it("a log without pain is not judged", () => {
    expect(evaluatePainDuring(null, "ACUTE")).toEqual({ status: "not-recorded" });
  });
});

describe("evaluateMorningPain", () => {
  it("next-morning pain equal to the baseline is fine; one point above calls for reducing the load [S45]", () => {
    expect(evaluateMorningPain(2, 2)).toEqual({ status: "not-above-baseline", baseline: 2, source: "S45" });
    const above = evaluateMorningPain(3, 2);
    expect(above).toMatchObject({ status: "above-baseline", baseline: 2, source: "S45" });
    expect(above.status === "above-baseline" && above.advice).toMatch(/higher than before this session \(2 out of 10\)\. Reduce the load.*your clinician will see this on their dashboard/);
  });

  it("pain below the baseline is fine", () => {
    expect(evaluateMorningPain(0, 4).status).toBe("not-above-baseline");
  });

  it("without a recorded baseline the rule is not evaluated and gives no advice", () => {
    expect(evaluateMorningPain(9, null)).toEqual({ status: "not-evaluated" });
  });
});

describe("previousPainState (R-PAIN: the last rest or morning rating before the session [S45])", () => {
  const rest = (pain: number, observedOn: string): PainObservation => ({ pain, observedOn, kind: "rest" });
  const morning = (pain: number, observedOn: string): PainObservation => ({ pain, observedOn, kind: "morning" });

  it("takes the latest rating on or before the session day, never a later one, and a morning rating over a rest rating the same day", () => {
    expect(previousPainState([rest(4, "2026-11-10"), rest(2, "2026-11-20"), rest(1, "2026-11-26")], "2026-11-25")).toBe(2);
    expect(previousPainState([rest(2, "2026-11-20"), morning(3, "2026-11-22")], "2026-11-25")).toBe(3);
    expect(previousPainState([rest(5, "2026-11-22"), morning(3, "2026-11-22")], "2026-11-25")).toBe(3);
    expect(previousPainState([rest(2, "2026-11-25")], "2026-11-25")).toBe(2);
  });

  it("is null without any rating before the session", () => {
    expect(previousPainState([], "2026-11-25")).toBeNull();
    expect(previousPainState([rest(2, "2026-11-26")], "2026-11-25")).toBeNull();
  });
});
