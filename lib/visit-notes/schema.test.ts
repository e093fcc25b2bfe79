import { describe, expect, it } from "vitest";
import { createVisitNoteSchema, signVisitNoteSchema, updateVisitNoteSchema, visitNoteFieldsSchema } from "./schema";

const id = "0196d2f4-5a8e-7b3c-9d1e-2f3a4b5c6d7e";
const empty = { subjective: "", objective: "", assessment: "", plan: "", assessmentId: "", programId: "" };

describe("visit note schemas", () => {
  it("take an empty draft, trim the sections, and a link as a uuid or nothing", () => {
    expect(visitNoteFieldsSchema.parse({ ...empty, subjective: "  Sore after runs  " }).subjective).toBe("Sore after runs");
    expect(visitNoteFieldsSchema.safeParse({ ...empty, assessmentId: id, programId: id }).success).toBe(true);
    const bad = visitNoteFieldsSchema.safeParse({ ...empty, assessmentId: "not-an-id" });
    expect(bad.success ? {} : bad.error.flatten().fieldErrors).toEqual({ assessmentId: ["Choose an assessment from the list."] });
  });

  it("need a requestId to start, a version to save or sign, and refuse any other field (an author or clinic among them)", () => {
    expect(createVisitNoteSchema.safeParse({ ...empty, patientId: id, appointmentId: id, requestId: id }).success).toBe(true);
    expect(createVisitNoteSchema.safeParse({ ...empty, patientId: id, appointmentId: id }).success).toBe(false);
    expect(updateVisitNoteSchema.safeParse({ ...empty, noteId: id, version: 2 }).success).toBe(true);
    expect(updateVisitNoteSchema.safeParse({ ...empty, noteId: id, version: 2, authorId: id }).success).toBe(false);
    expect(signVisitNoteSchema.safeParse({ noteId: id, version: 0 }).success).toBe(false);
    expect(signVisitNoteSchema.safeParse({ noteId: id, version: 1, clinicId: id }).success).toBe(false);
  });
});
