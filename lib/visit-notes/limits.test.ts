import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ADDENDUM_MAX, NOTE_SECTION_MAX, NOTE_SECTIONS } from "./limits";
import { addendumFieldsSchema, visitNoteFieldsSchema } from "./schema";

const sql = readFileSync("prisma/migrations/20261207170500_visit_note_limits/migration.sql", "utf8");
const empty = { subjective: "", objective: "", assessment: "", plan: "", assessmentId: "", programId: "" };

describe("visit note limits", () => {
  it("are the database's CHECK constraints, section by section and for addenda", () => {
    for (const section of NOTE_SECTIONS) expect(sql).toContain(`CHECK (char_length("${section}") <= ${NOTE_SECTION_MAX})`);
    expect(sql).toContain(`CHECK (char_length("text") BETWEEN 1 AND ${ADDENDUM_MAX})`);
  });

  it("let the form take each section up to the limit and refuse one character more", () => {
    for (const section of NOTE_SECTIONS) {
      expect(visitNoteFieldsSchema.safeParse({ ...empty, [section]: "x".repeat(NOTE_SECTION_MAX) }).success, section).toBe(true);
      const over = visitNoteFieldsSchema.safeParse({ ...empty, [section]: "x".repeat(NOTE_SECTION_MAX + 1) });
      expect(over.success ? [] : over.error.flatten().fieldErrors[section], section).toEqual([expect.stringContaining("at most 4,000 characters")]);
    }
  });

  it("let an addendum hold 1 to the limit of characters after trimming", () => {
    expect(addendumFieldsSchema.safeParse({ text: "x".repeat(ADDENDUM_MAX) }).success).toBe(true);
    expect(addendumFieldsSchema.safeParse({ text: "x".repeat(ADDENDUM_MAX + 1) }).success).toBe(false);
    expect(addendumFieldsSchema.safeParse({ text: "   " }).success).toBe(false);
  });
});
