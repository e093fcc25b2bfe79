import { z } from "zod";
import { ADDENDUM_MAX, NOTE_SECTION_LABELS, NOTE_SECTION_MAX, type NoteSection } from "./limits";

const section = (name: NoteSection) =>
  z
    .string()
    .trim()
    .max(NOTE_SECTION_MAX, { message: `${NOTE_SECTION_LABELS[name]} must be at most ${NOTE_SECTION_MAX.toLocaleString("en-GB")} characters.` });

/** A link chosen from the page's list, or "" for none; the server checks it was one the list offered. */
const optionalLink = (message: string) => z.union([z.literal(""), z.uuid({ message })]);

/** The note's four sections and its two links, as the form holds them. Every section may be empty while a draft. */
export const visitNoteFieldsSchema = z.strictObject({
  subjective: section("subjective"),
  objective: section("objective"),
  assessment: section("assessment"),
  plan: section("plan"),
  assessmentId: optionalLink("Choose an assessment from the list."),
  programId: optionalLink("Choose a program version from the list."),
});

export type VisitNoteFields = z.input<typeof visitNoteFieldsSchema>;

/** Starts the note of an attended visit; the requestId is made when the form opens, so a double submit stores one note. */
export const createVisitNoteSchema = visitNoteFieldsSchema.extend({
  patientId: z.uuid(),
  appointmentId: z.uuid(),
  requestId: z.uuid(),
});

/** Saves a draft at the version the form was loaded at; a newer one means the note changed meanwhile. */
export const updateVisitNoteSchema = visitNoteFieldsSchema.extend({
  noteId: z.uuid(),
  version: z.number().int().positive(),
});

export const signVisitNoteSchema = z.strictObject({
  noteId: z.uuid(),
  version: z.number().int().positive(),
});

export const SIGN_EMPTY_NOTE = "Write at least one section before signing: a signed note cannot be changed.";

export const addendumFieldsSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, { message: "Write the addendum: what you are correcting or adding, and why." })
    .max(ADDENDUM_MAX, { message: `The addendum must be at most ${ADDENDUM_MAX.toLocaleString("en-GB")} characters.` }),
});

export type AddendumFields = z.input<typeof addendumFieldsSchema>;

export const addAddendumSchema = addendumFieldsSchema.extend({
  noteId: z.uuid(),
  requestId: z.uuid(),
});

export const appointmentIdSchema = z.uuid();

export type CreateVisitNoteInput = z.infer<typeof createVisitNoteSchema>;
export type UpdateVisitNoteInput = z.infer<typeof updateVisitNoteSchema>;
export type SignVisitNoteInput = z.infer<typeof signVisitNoteSchema>;
export type AddAddendumInput = z.infer<typeof addAddendumSchema>;
