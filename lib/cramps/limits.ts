/** Severity as NPRS 0–10, the practical equivalent of the VAS the sources used (domain.md §1.6 [design]). */
export const CRAMP_SEVERITY = { min: 0, max: 10 } as const;
/** Fluid intake in the previous 24 h, ml (domain.md §1.6 fluid_intake_ml_prev_24h). */
export const FLUID_INTAKE_ML = { min: 0, max: 10_000 } as const;
