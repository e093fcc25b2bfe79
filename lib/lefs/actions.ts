"use server";

import { revalidatePath } from "next/cache";
import { authActionClient, patientActionClient } from "@/lib/core/safe-action";
import { answerLefs, requestLefs } from "./mutations";
import { answerLefsSchema, requestLefsSchema } from "./schema";

/** A clinician asks a patient of their clinic for a LEFS. */
export const requestLefsAction = authActionClient
  .metadata({ permission: "diary:request" })
  .inputSchema(requestLefsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestLefs(ctx.scope, parsedInput);
    if (result.ok) revalidatePath(`/patients/${parsedInput.patientId}/diary`);
    return result;
  });

/** The patient saves one answer of their own questionnaire; the patient comes from the session. */
export const answerLefsAction = patientActionClient
  .metadata({ permission: "portal:self" })
  .inputSchema(answerLefsSchema)
  .action(async ({ parsedInput, ctx }) => answerLefs(ctx.scope, parsedInput));
