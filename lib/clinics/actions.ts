"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/core/safe-action";
import { updateClinicSettings } from "./mutations";
import { updateClinicSettingsSchema } from "./schema";

/**
 * Admins only ("clinic:manage"), their own clinic: the scope names it, never the input. A new zone
 * changes every staff page's day and times, so the whole app is revalidated, layouts included.
 */
export const updateClinicSettingsAction = authActionClient
  .metadata({ permission: "clinic:manage" })
  .inputSchema(updateClinicSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateClinicSettings(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/", "layout");
    return result;
  });
