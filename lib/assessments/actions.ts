"use server";

import { revalidatePath } from "next/cache";
import { errorsByPath, type NestedValidationErrors } from "@/lib/core/action-result";
import { authActionClient } from "@/lib/core/safe-action";
import { createAssessment, updateAssessment } from "./mutations";
import { createAssessmentSchema, updateAssessmentSchema } from "./schema";

// Assessment inputs are nested (measures.<code>.<side>), so errors are keyed by field path.
const byPath = { handleValidationErrorsShape: async (errors: unknown) => errorsByPath(errors as NestedValidationErrors) };

export const createAssessmentAction = authActionClient
  .metadata({ permission: "assessments:write" })
  .inputSchema(createAssessmentSchema, byPath)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createAssessment(ctx.scope, parsedInput);
    if (result.ok) revalidatePath(`/patients/${parsedInput.patientId}`, "layout");
    return result;
  });

export const updateAssessmentAction = authActionClient
  .metadata({ permission: "assessments:write" })
  .inputSchema(updateAssessmentSchema, byPath)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateAssessment(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/patients", "layout");
    return result;
  });
