"use server";

import { revalidatePath } from "next/cache";
import { errorsByPath, type NestedValidationErrors } from "@/lib/core/action-result";
import { authActionClient } from "@/lib/core/safe-action";
import { createTemplate, saveProgram } from "./mutations";
import { saveProgramSchema, templateSchema } from "./schema";

export const saveProgramAction = authActionClient
  .metadata({ permission: "programs:write" })
  .inputSchema(saveProgramSchema, { handleValidationErrorsShape: async (errors: unknown) => errorsByPath(errors as NestedValidationErrors) })
  .action(async ({ parsedInput, ctx }) => {
    const result = await saveProgram(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/patients", "layout");
    return result;
  });

export const createTemplateAction = authActionClient
  .metadata({ permission: "templates:write" })
  .inputSchema(templateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createTemplate(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/templates");
    return result;
  });
