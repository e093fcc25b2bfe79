"use server";

import { tokenActionClient } from "@/lib/core/safe-action";
import { setPasswordWithLink } from "./mutations";
import { setPasswordWithLinkSchema } from "./schema";

/** Called signed out, from the set-password page: the token is the credential (see tokenActionClient). */
export const setPasswordWithLinkAction = tokenActionClient.inputSchema(setPasswordWithLinkSchema).action(async ({ parsedInput }) => {
  const result = await setPasswordWithLink(parsedInput);
  return result.ok ? ({ ok: true, value: { email: result.value.email } } as const) : result;
});
