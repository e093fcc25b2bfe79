"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/core/safe-action";
import { createPatient, setPatientArchived, updatePatient } from "./mutations";
import { createPatientSchema, setPatientArchivedSchema, updatePatientSchema } from "./schema";

export const createPatientAction = authActionClient
  .metadata({ permission: "patients:write" })
  .inputSchema(createPatientSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createPatient(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/patients");
    return result;
  });

export const updatePatientAction = authActionClient
  .metadata({ permission: "patients:write" })
  .inputSchema(updatePatientSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updatePatient(ctx.scope, parsedInput);
    if (result.ok) revalidatePath(`/patients/${parsedInput.id}`, "layout");
    return result;
  });

export const setPatientArchivedAction = authActionClient
  .metadata({ permission: "patients:write" })
  .inputSchema(setPatientArchivedSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setPatientArchived(ctx.scope, parsedInput);
    revalidatePath(`/patients/${parsedInput.id}`, "layout");
    return { archived: parsedInput.archived };
  });
