"use server";

import { revalidatePath } from "next/cache";
import { patientActionClient } from "@/lib/core/safe-action";
import { logCramp } from "./mutations";
import { logCrampSchema } from "./schema";

/** The patient logs a cramp in their own diary; the patient comes from the session, never the form. */
export const logCrampAction = patientActionClient
  .metadata({ permission: "portal:self" })
  .inputSchema(logCrampSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await logCramp(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/portal/cramps");
    return result;
  });
