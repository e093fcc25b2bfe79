"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/core/safe-action";
import { addVisitNoteAddendum, createVisitNote, signVisitNote, updateVisitNote } from "./mutations";
import { addAddendumSchema, createVisitNoteSchema, signVisitNoteSchema, updateVisitNoteSchema } from "./schema";

/**
 * Visit notes: clinicians only (visit-notes:write), in their own clinic; the scope names the clinic and
 * the author, never the input. A note shows on its page, the episode page, the progress tab and the
 * caseload, so a change revalidates the patient's pages and the dashboard.
 */
function revalidateNotes() {
  revalidatePath("/patients", "layout");
  revalidatePath("/dashboard");
}

export const createVisitNoteAction = authActionClient
  .metadata({ permission: "visit-notes:write" })
  .inputSchema(createVisitNoteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createVisitNote(ctx.scope, parsedInput);
    if (result.ok) revalidateNotes();
    return result;
  });

export const updateVisitNoteAction = authActionClient
  .metadata({ permission: "visit-notes:write" })
  .inputSchema(updateVisitNoteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateVisitNote(ctx.scope, parsedInput);
    if (result.ok) revalidateNotes();
    return result;
  });

export const signVisitNoteAction = authActionClient
  .metadata({ permission: "visit-notes:write" })
  .inputSchema(signVisitNoteSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await signVisitNote(ctx.scope, parsedInput);
    if (result.ok) revalidateNotes();
    return result;
  });

export const addVisitNoteAddendumAction = authActionClient
  .metadata({ permission: "visit-notes:write" })
  .inputSchema(addAddendumSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await addVisitNoteAddendum(ctx.scope, parsedInput);
    if (result.ok) revalidateNotes();
    return result;
  });
