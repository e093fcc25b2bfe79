-- Visit notes: the database refuses what the note form refuses (lib/visit-notes/limits.ts).
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_subjective_length" CHECK (char_length("subjective") <= 4000);
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_objective_length" CHECK (char_length("objective") <= 4000);
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_assessment_length" CHECK (char_length("assessment") <= 4000);
ALTER TABLE "visit_note" ADD CONSTRAINT "visit_note_plan_length" CHECK (char_length("plan") <= 4000);
ALTER TABLE "visit_note_addendum" ADD CONSTRAINT "visit_note_addendum_text_length" CHECK (char_length("text") BETWEEN 1 AND 2000);
