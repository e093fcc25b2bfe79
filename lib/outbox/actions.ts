"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/core/safe-action";
import { resendMail } from "./mutations";
import { mailMessageSchema } from "./schema";

/** Admins only ("mail:manage"): sends again a message that was not delivered; anyone else gets NOT_FOUND. */
export const resendMailAction = authActionClient
  .metadata({ permission: "mail:manage" })
  .inputSchema(mailMessageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resendMail(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/mail");
    return result;
  });
