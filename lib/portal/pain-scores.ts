import { measureByCode } from "@/lib/assessments/catalogue";

/**
 * Pain scores are NPRS (domain.md §1.5): whole numbers in the catalogue's range, 0–10. Apart from the
 * schemas, so the portal's pain buttons do not bring zod to the phone.
 */
export const NPRS_RANGE = measureByCode("nprs").range;
export const PAIN_SCORES = Array.from({ length: NPRS_RANGE.max - NPRS_RANGE.min + 1 }, (_, index) => NPRS_RANGE.min + index);
