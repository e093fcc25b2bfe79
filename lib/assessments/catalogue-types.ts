/** Shapes of the measure catalogue (catalogue.ts), the one source of every clinical number. */

export type Section = "flexibility" | "hipFlexors" | "strength" | "pelvis" | "legLength" | "pain";

export type Option = { readonly value: string; readonly label: string };

export type Severity = "info" | "monitor" | "impaired" | "refer";

/** A cut-off that turns one limb's value into a finding, with what crossing it means in words. */
export type Threshold = {
  readonly comparison: "above" | "below" | "atOrAbove" | "atOrBelow";
  readonly value: number;
  readonly severity: Severity;
  /** Completes "Right hamstring flexibility: AKE 34°, …", e.g. "more than 20° short of full extension". */
  readonly meaning: string;
  readonly source: string;
};

/** A minimal detectable change and the population it was measured in. */
export type Mdc = { readonly value: number; readonly population: string; readonly source: string };

export type MeasureDefinition = {
  /** Stable code, also the local FHIR CodeSystem code (domain.md §4.2). */
  readonly code: string;
  readonly label: string;
  /** Short name for findings and tables: "AKE". */
  readonly abbreviation: string;
  readonly measures: string;
  readonly section: Section;
  /** quantity: a number; grade: an MMT ordinal index; yesNo: 1 = yes, 0 = no. */
  readonly kind: "quantity" | "grade" | "yesNo";
  readonly unit: { readonly ucum: string; readonly symbol: string; readonly name: string };
  /** Hard input limits; step 1 means whole numbers only. */
  readonly range: { readonly min: number; readonly max: number; readonly step: number };
  readonly bilateral: boolean;
  /** Instrument or protocol, stored with the value (domain.md §1.0 rule 2). Empty when there is no choice. */
  readonly methods: readonly Option[];
  /** A second choice stored with a single value (e.g. which iliac crest is high). */
  readonly choice?: { readonly label: string; readonly options: readonly Option[] };
  /** One value per context (NPRS): each context is its own row. */
  readonly contexts?: readonly Option[];
  /** A yes/no recorded per side with the value (pain on resisted testing, domain.md §1.3). */
  readonly sideFlag?: { readonly label: string };
  readonly angleConvention?: string;
  /** The impairment rule in words, with its source, for people; `threshold` is the same rule for findings.ts. */
  readonly impairmentRule?: string;
  /**
   * How a finding names what was found and the test that found it: "Right hamstring flexibility: AKE
   * 34°, more than 20° short of full extension" (findings.ts). Measures without a threshold need none.
   */
  readonly finding?: { readonly name: string; readonly test: string };
  readonly threshold?: Threshold;
  /** A cut-off that differs by sex (sit-and-reach norms). */
  readonly thresholdBySex?: { readonly FEMALE: Threshold; readonly MALE: Threshold };
  readonly mdc?: { readonly standard?: Mdc; readonly acute?: Mdc };
  /**
   * The smallest change patients notice, below the MDC (NPRS 1 point, "minimal" [S36]): a change of this
   * size is called minimal, never real and never measurement error.
   */
  readonly minimalChange?: Mdc;
  /** Which way is improvement, for measures whose change is judged against an MDC. */
  readonly betterWhen?: "lower" | "higher";
  readonly fhir: { readonly system: string; readonly code: string; readonly component?: string };
  readonly sources: readonly string[];
};
