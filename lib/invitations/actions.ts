"use server";

import { revalidatePath } from "next/cache";
import { publicOrigin } from "@/lib/core/public-origin";
import { authActionClient, tokenActionClient } from "@/lib/core/safe-action";
import { invitationLink } from "./links";
import { acceptInvitation, invitePatient, revokePortalAccess } from "./mutations";
import { acceptInvitationSchema, invitePatientSchema, revokePortalAccessSchema } from "./schema";

export const invitePatientAction = authActionClient
  .metadata({ permission: "portal:invite" })
  .inputSchema(invitePatientSchema)
  .action(async ({ parsedInput, ctx }) => {
    // Resolved first: a link that could not be shown must not supersede the pending one.
    const origin = await publicOrigin();
    const result = await invitePatient(ctx.scope, parsedInput);
    if (!result.ok) return result;
    revalidatePath(`/patients/${parsedInput.patientId}`, "layout");
    const { token, email, expiresAt } = result.value;
    return { ok: true, value: { link: invitationLink(origin, token), email, expiresAt } } as const;
  });

export const revokePortalAccessAction = authActionClient
  .metadata({ permission: "portal:invite" })
  .inputSchema(revokePortalAccessSchema)
  .action(async ({ parsedInput, ctx }) => {
    await revokePortalAccess(ctx.scope, parsedInput);
    revalidatePath(`/patients/${parsedInput.patientId}`, "layout");
    return { ok: true, value: { revoked: true } } as const;
  });

/** Called signed out, from the invitation page: the token is the credential (see tokenActionClient). */
export const acceptInvitationAction = tokenActionClient.inputSchema(acceptInvitationSchema).action(async ({ parsedInput }) => acceptInvitation(parsedInput));
