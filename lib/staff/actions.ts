"use server";

import { revalidatePath } from "next/cache";
import { passwordLink } from "@/lib/accounts/links";
import { publicOrigin } from "@/lib/core/public-origin";
import { authActionClient } from "@/lib/core/safe-action";
import { changeStaffRole, deactivateStaff, inviteStaff, issueStaffLink, reactivateStaff } from "./mutations";
import { changeStaffRoleSchema, inviteStaffSchema, staffMemberSchema } from "./schema";
import type { StaffLinkDTO } from "./types";

// Admins only ("staff:manage"): anyone else calling these gets NOT_FOUND from authActionClient.
const staffAction = authActionClient.metadata({ permission: "staff:manage" });

export const inviteStaffAction = staffAction.inputSchema(inviteStaffSchema).action(async ({ parsedInput, ctx }) => {
  // Resolved first: an account whose link could not be shown would need a second link straight away.
  const origin = await publicOrigin();
  const result = await inviteStaff(ctx.scope, parsedInput, new Date(), origin);
  if (!result.ok) return result;
  revalidatePath("/staff");
  const { name, email } = parsedInput;
  const { token, expiresAt, emailed } = result.value;
  return { ok: true, value: { name, email, purpose: "INVITE", link: passwordLink(origin, token), expiresAt, emailed: emailed ? "queued" : "off" } satisfies StaffLinkDTO } as const;
});

/** A new invitation link for someone still invited, or a password-reset link for someone active. */
export const issueStaffLinkAction = staffAction.inputSchema(staffMemberSchema).action(async ({ parsedInput, ctx }) => {
  // Resolved first: a link that could not be shown must not supersede the pending one.
  const origin = await publicOrigin();
  const result = await issueStaffLink(ctx.scope, parsedInput, new Date(), origin);
  if (!result.ok) return result;
  const { token, emailed, ...link } = result.value;
  return { ok: true, value: { ...link, link: passwordLink(origin, token), emailed: emailed ? "queued" : "off" } satisfies StaffLinkDTO } as const;
});

export const changeStaffRoleAction = staffAction.inputSchema(changeStaffRoleSchema).action(async ({ parsedInput, ctx }) => {
  const result = await changeStaffRole(ctx.scope, parsedInput);
  if (result.ok) revalidatePath("/staff");
  return result;
});

export const deactivateStaffAction = staffAction.inputSchema(staffMemberSchema).action(async ({ parsedInput, ctx }) => {
  const result = await deactivateStaff(ctx.scope, parsedInput);
  if (result.ok) revalidatePath("/staff");
  return result;
});

export const reactivateStaffAction = staffAction.inputSchema(staffMemberSchema).action(async ({ parsedInput, ctx }) => {
  const result = await reactivateStaff(ctx.scope, parsedInput);
  if (result.ok) revalidatePath("/staff");
  return result;
});
