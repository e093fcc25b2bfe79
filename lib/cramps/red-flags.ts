import type { CrampContext, MuscleSite } from "./schema";

export type CrampRedFlagCode = "SYSTEMIC_SYMPTOMS" | "HAMSTRING_NIGHT_CRAMP";

export type CrampRedFlag = {
  code: CrampRedFlagCode;
  /** What the patient should do, in plain words. */
  advice: string;
  /** What the clinician sees in the diary. */
  clinicianLabel: string;
  source: "S43" | "S44";
};

const HAMSTRING_SITES: readonly MuscleSite[] = ["HAMSTRING_MEDIAL", "HAMSTRING_LATERAL", "HAMSTRING_UNSPECIFIED"];

export const isHamstringSite = (site: MuscleSite) => HAMSTRING_SITES.includes(site);

/**
 * Rule R-CRAMP (domain.md §6): systemic symptoms with a cramp mean medical review [S43]; a "night
 * cramp" in the hamstrings is atypical for a nocturnal leg cramp, which is seldom in the thigh or
 * hamstrings, so the clinician should review it [S44]. The rule's third part (frequent nocturnal
 * cramps → suggest EX39) needs a frequency threshold the domain does not give, so it is not applied.
 */
export function crampRedFlags(entry: { context: CrampContext; muscleSite: MuscleSite; systemicSymptoms: boolean }): CrampRedFlag[] {
  const flags: CrampRedFlag[] = [];
  if (entry.systemicSymptoms) {
    flags.push({
      code: "SYSTEMIC_SYMPTOMS",
      advice: "You also felt unwell, confused or sick. Contact your clinic or seek medical care today.",
      clinicianLabel: "Systemic symptoms: medical review",
      source: "S43",
    });
  }
  if (entry.context === "NIGHT_SLEEP" && isHamstringSite(entry.muscleSite)) {
    flags.push({
      code: "HAMSTRING_NIGHT_CRAMP",
      advice: "Night cramps are rarely in the hamstrings. Tell your clinician about this cramp.",
      clinicianLabel: "Hamstring night cramp: clinician review",
      source: "S44",
    });
  }
  return flags;
}
