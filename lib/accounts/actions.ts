"use server";

import { deleteSessionCookies } from "@/lib/core/auth/session-cookies";
import { accountActionClient, tokenActionClient } from "@/lib/core/safe-action";
import { changeOwnPassword, setPasswordWithLink } from "./mutations";
import { changePasswordSchema, setPasswordWithLinkSchema } from "./schema";

/** Called signed out, from the set-password page: the token is the credential (see tokenActionClient). */
export const setPasswordWithLinkAction = tokenActionClient.inputSchema(setPasswordWithLinkSchema).action(async ({ parsedInput }) => {
  const result = await setPasswordWithLink(parsedInput);
  return result.ok ? ({ ok: true, value: { email: result.value.email } } as const) : result;
});

/**
 * The caller changes their own password. Every session of the account ends with it, this browser's
 * too (its cookie is deleted), so the form sends them to sign in with the new password.
 */
export const changePasswordAction = accountActionClient
  .metadata({ permission: "account:self" })
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeOwnPassword(ctx.viewer.id, parsedInput);
    if (result.ok) await deleteSessionCookies();
    return result;
  });
