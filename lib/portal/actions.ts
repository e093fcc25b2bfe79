"use server";

import { revalidatePath } from "next/cache";
import { errorsByPath, type NestedValidationErrors } from "@/lib/core/action-result";
import { patientActionClient } from "@/lib/core/safe-action";
import { loadPatientToday } from "./loaders";
import { correctLog, logExercise, recordMorningPain } from "./mutations";
import { correctLogSchema, logExerciseSchema, morningPainSchema } from "./schema";

/**
 * The portal's actions. Each runs only for a signed-in patient ("portal:self") and writes only their
 * own records: the scope comes from the session, ids from the form are checked against it.
 */
const fieldErrors = { handleValidationErrorsShape: async (errors: unknown) => errorsByPath(errors as NestedValidationErrors) };

export const logExerciseAction = patientActionClient
  .metadata({ permission: "portal:self" })
  .inputSchema(logExerciseSchema, fieldErrors)
  .action(async ({ parsedInput, ctx }) => {
    const { today } = await loadPatientToday();
    const result = await logExercise(ctx.scope, parsedInput, today);
    if (result.ok) revalidatePath("/portal");
    // Only what the card needs: the log's id and version for corrections.
    return result.ok ? ({ ok: true, value: { id: result.value.id, version: result.value.version } } as const) : result;
  });

export const correctLogAction = patientActionClient
  .metadata({ permission: "portal:self" })
  .inputSchema(correctLogSchema, fieldErrors)
  .action(async ({ parsedInput, ctx }) => {
    const { today } = await loadPatientToday();
    const result = await correctLog(ctx.scope, parsedInput, today);
    if (result.ok) revalidatePath("/portal");
    return result;
  });

export const recordMorningPainAction = patientActionClient
  .metadata({ permission: "portal:self" })
  .inputSchema(morningPainSchema, fieldErrors)
  .action(async ({ parsedInput, ctx }) => {
    const { today } = await loadPatientToday();
    const result = await recordMorningPain(ctx.scope, parsedInput, today);
    if (result.ok) revalidatePath("/portal");
    return result;
  });
