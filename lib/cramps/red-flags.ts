import type { CrampContext, MuscleSite, StrainSign } from "./labels";

export type CrampRedFlagCode = "SYSTEMIC_SYMPTOMS" | "HAMSTRING_NIGHT_CRAMP" | "POSSIBLE_STRAIN";

export type CrampRedFlag = {
  code: CrampRedFlagCode;
  /** What the patient should do, in plain words. */
  advice: string;
  /** What the clinician sees in the diary. */
  clinicianLabel: string;
  source: "S43" | "S44" | "design";
};

/** The strain warning signs as stored: true / false once answered, null when the patient did not say. */
export type StrainAnswers = { popFelt: boolean | null; bruising: boolean | null; troubleStraightening: boolean | null; lastingTenderness: boolean | null };

const HAMSTRING_SITES: readonly MuscleSite[] = ["HAMSTRING_MEDIAL", "HAMSTRING_LATERAL", "HAMSTRING_UNSPECIFIED"];
/** Nocturnal leg cramps come at night, asleep or lying awake [S44]. */
export const NIGHT_CONTEXTS: readonly CrampContext[] = ["NIGHT_SLEEP", "REST_LYING_AWAKE"];

export const isHamstringSite = (site: MuscleSite) => HAMSTRING_SITES.includes(site);
export const isNightCramp = (context: CrampContext) => NIGHT_CONTEXTS.includes(context);

/** The form's choices as columns: nothing chosen is unknown, "none of these" is four noes. */
export function strainAnswers(signs: readonly StrainSign[]): StrainAnswers {
  const answered = signs.length > 0;
  const said = (sign: StrainSign) => (answered ? signs.includes(sign) : null);
  return { popFelt: said("POP"), bruising: said("BRUISING"), troubleStraightening: said("TROUBLE_STRAIGHTENING"), lastingTenderness: said("LASTING_TENDERNESS") };
}

/**
 * Rule R-CRAMP (domain.md §6): systemic symptoms with a cramp mean medical review [S43]; a night cramp
 * (asleep or lying awake) in the hamstrings is atypical for a nocturnal leg cramp, which is seldom in
 * the hamstrings, so the clinician should review it [S44]. Beside the rule, a pop, bruising, trouble
 * straightening the knee or lasting tenderness after the cramp may be a strain ([design], issue #11):
 * the patient is sent to the clinic. The rule's third part (frequent nocturnal cramps → suggest EX39)
 * needs a frequency threshold the domain does not give, so it is not applied. The caseload counts the
 * same flags in SQL (lib/caseload/data.ts); a parity test holds the two together.
 */
export function crampRedFlags(entry: { context: CrampContext; muscleSite: MuscleSite; systemicSymptoms: boolean } & StrainAnswers): CrampRedFlag[] {
  const flags: CrampRedFlag[] = [];
  if (entry.systemicSymptoms) {
    flags.push({
      code: "SYSTEMIC_SYMPTOMS",
      advice: "You also felt unwell, confused or sick. Contact your clinic or seek medical care today.",
      clinicianLabel: "Systemic symptoms: medical review",
      source: "S43",
    });
  }
  if (isNightCramp(entry.context) && isHamstringSite(entry.muscleSite)) {
    flags.push({
      code: "HAMSTRING_NIGHT_CRAMP",
      advice: "Night cramps are rarely in the hamstrings. Tell your clinician about this cramp.",
      clinicianLabel: "Hamstring cramp at night: clinician review",
      source: "S44",
    });
  }
  if (entry.popFelt || entry.bruising || entry.troubleStraightening || entry.lastingTenderness) {
    flags.push({
      code: "POSSIBLE_STRAIN",
      advice: "A pop, bruising, trouble straightening your knee or tenderness that lasts can mean a strained muscle, not only a cramp. Contact your clinic before you exercise that leg again.",
      clinicianLabel: "Possible strain after the cramp: clinician review",
      source: "design",
    });
  }
  return flags;
}
