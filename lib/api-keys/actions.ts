"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/core/safe-action";
import { createApiKey, revokeApiKey } from "./mutations";
import { apiKeySchema, createApiKeySchema } from "./schema";

// Admins only ("api-keys:manage"): anyone else calling these gets NOT_FOUND from authActionClient.
const apiKeyAction = authActionClient.metadata({ permission: "api-keys:manage" });

/** Answers with the new key's token: the only time it is ever shown. */
export const createApiKeyAction = apiKeyAction.inputSchema(createApiKeySchema).action(async ({ parsedInput, ctx }) => {
  const result = await createApiKey(ctx.scope, parsedInput);
  if (result.ok) revalidatePath("/api-keys");
  return result;
});

export const revokeApiKeyAction = apiKeyAction.inputSchema(apiKeySchema).action(async ({ parsedInput, ctx }) => {
  const result = await revokeApiKey(ctx.scope, parsedInput);
  if (result.ok) revalidatePath("/api-keys");
  return result;
});
