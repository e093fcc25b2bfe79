import { describe, expect, it } from "vitest";
import { crampRedFlags, strainAnswers } from "./red-flags";
import { CRAMP_CONTEXT_LABELS, MUSCLE_SITE_LABELS, type CrampContext, type MuscleSite } from "./labels";

const UNANSWERED = strainAnswers([]);
const codes = (context: CrampContext, muscleSite: MuscleSite, systemicSymptoms = false) =>
  crampRedFlags({ context, muscleSite, systemicSymptoms, ...UNANSWERED }).map((flag) => flag.code);

describe("cramp red flags (R-CRAMP, domain.md §6)", () => {
  it("flags systemic symptoms for medical review whatever the cramp [S43]", () => {
    const [flag] = crampRedFlags({ context: "DURING_EXERCISE", muscleSite: "CALF", systemicSymptoms: true, ...UNANSWERED });
    expect(flag).toMatchObject({ code: "SYSTEMIC_SYMPTOMS", source: "S43" });
    expect(flag?.advice).toMatch(/contact your clinic or seek medical care today/i);
  });

  it("flags a night cramp, asleep or lying awake, in any hamstring site for clinician review [S44]", () => {
    for (const site of ["HAMSTRING_MEDIAL", "HAMSTRING_LATERAL", "HAMSTRING_UNSPECIFIED"] as const) {
      expect(codes("NIGHT_SLEEP", site)).toEqual(["HAMSTRING_NIGHT_CRAMP"]);
      expect(codes("REST_LYING_AWAKE", site)).toEqual(["HAMSTRING_NIGHT_CRAMP"]);
    }
    const [flag] = crampRedFlags({ context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_LATERAL", systemicSymptoms: false, ...UNANSWERED });
    expect(flag?.advice).toBe("Night cramps are rarely in the hamstrings. Tell your clinician about this cramp.");
    expect(flag?.source).toBe("S44");
  });

  it("does not flag a typical night cramp (calf, foot) or a hamstring cramp outside the night", () => {
    expect(codes("NIGHT_SLEEP", "CALF")).toEqual([]);
    expect(codes("REST_LYING_AWAKE", "FOOT")).toEqual([]);
    for (const context of Object.keys(CRAMP_CONTEXT_LABELS) as CrampContext[]) {
      if (context !== "NIGHT_SLEEP" && context !== "REST_LYING_AWAKE") expect(codes(context, "HAMSTRING_UNSPECIFIED"), context).toEqual([]);
    }
  });

  it("sends the patient to the clinic when any strain warning sign follows the cramp", () => {
    for (const sign of ["POP", "BRUISING", "TROUBLE_STRAIGHTENING", "LASTING_TENDERNESS"] as const) {
      const [flag] = crampRedFlags({ context: "DURING_EXERCISE", muscleSite: "CALF", systemicSymptoms: false, ...strainAnswers([sign]) });
      expect(flag, sign).toMatchObject({ code: "POSSIBLE_STRAIN", advice: expect.stringMatching(/Contact your clinic/) });
    }
    expect(crampRedFlags({ context: "DURING_EXERCISE", muscleSite: "CALF", systemicSymptoms: false, ...strainAnswers(["NONE"]) })).toEqual([]);
  });

  it("gives both flags, systemic first, when both apply", () => {
    expect(codes("NIGHT_SLEEP", "HAMSTRING_MEDIAL", true)).toEqual(["SYSTEMIC_SYMPTOMS", "HAMSTRING_NIGHT_CRAMP"]);
  });

  it("flags nothing for a cramp without either trigger, across every site", () => {
    for (const site of Object.keys(MUSCLE_SITE_LABELS) as MuscleSite[]) {
      expect(codes("DURING_EXERCISE", site), site).toEqual([]);
    }
  });
});
