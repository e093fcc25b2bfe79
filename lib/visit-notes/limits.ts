/**
 * Length limits of a visit note, shared by the form's schema and the database's CHECK constraints
 * (migration 20261207170500_visit_note_limits; limits.test.ts keeps the two equal). Kept apart from
 * schema.ts so client components can show them without loading zod. [design]: domain.md sets none;
 * 4,000 characters a section is about two typed pages, more than a SOAP section of one visit needs.
 */
export const NOTE_SECTION_MAX = 4000;
export const ADDENDUM_MAX = 2000;

export const NOTE_SECTIONS = ["subjective", "objective", "assessment", "plan"] as const;
export type NoteSection = (typeof NOTE_SECTIONS)[number];

export const NOTE_SECTION_LABELS: Record<NoteSection, string> = {
  subjective: "Subjective",
  objective: "Objective",
  assessment: "Assessment",
  plan: "Plan",
};

export const NOTE_SECTION_HINTS: Record<NoteSection, string> = {
  subjective: "What the patient reports: symptoms, pain, function, how the program went.",
  objective: "What you measured or observed today.",
  assessment: "Your clinical reasoning: progress, impairments, response to treatment.",
  plan: "What happens next: program changes, advice, next visit.",
};

/** A note unsigned for longer than this shows on the caseload (lib/caseload). */
export const UNSIGNED_NOTE_ALERT_HOURS = 24;
