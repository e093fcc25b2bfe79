"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/core/safe-action";
import { createClinicExercise, setClinicExerciseArchived, updateClinicExercise } from "./mutations";
import { createClinicExerciseSchema, setClinicExerciseArchivedSchema, updateClinicExerciseSchema } from "./schema";

// Admins only: exercises:write. A clinician calling these gets NOT_FOUND from authActionClient.

export const createClinicExerciseAction = authActionClient
  .metadata({ permission: "exercises:write" })
  .inputSchema(createClinicExerciseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createClinicExercise(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/exercises");
    return result;
  });

export const updateClinicExerciseAction = authActionClient
  .metadata({ permission: "exercises:write" })
  .inputSchema(updateClinicExerciseSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateClinicExercise(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/exercises", "layout");
    return result;
  });

export const setClinicExerciseArchivedAction = authActionClient
  .metadata({ permission: "exercises:write" })
  .inputSchema(setClinicExerciseArchivedSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setClinicExerciseArchived(ctx.scope, parsedInput);
    revalidatePath("/exercises", "layout");
    return { archived: parsedInput.archived };
  });
