"use server";

import { revalidatePath } from "next/cache";
import { passwordLink } from "@/lib/accounts/links";
import { publicOrigin } from "@/lib/core/public-origin";
import { authActionClient, tokenActionClient } from "@/lib/core/safe-action";
import { invitationLink } from "./links";
import { acceptInvitation, invitePatient, issuePatientPasswordReset, revokePortalAccess } from "./mutations";
import { acceptInvitationSchema, invitePatientSchema, patientPasswordResetSchema, revokePortalAccessSchema } from "./schema";
import type { CreatedInvitationDTO, CreatedResetLinkDTO } from "./types";

export const invitePatientAction = authActionClient
  .metadata({ permission: "portal:invite" })
  .inputSchema(invitePatientSchema)
  .action(async ({ parsedInput, ctx }) => {
    // Resolved first: a link that could not be shown must not supersede the pending one.
    const origin = await publicOrigin();
    const result = await invitePatient(ctx.scope, parsedInput, new Date(), origin);
    if (!result.ok) return result;
    revalidatePath(`/patients/${parsedInput.patientId}`, "layout");
    const { token, email, expiresAt, emailed } = result.value;
    return { ok: true, value: { link: invitationLink(origin, token), email, expiresAt, emailed: emailed ? "queued" : "off" } satisfies CreatedInvitationDTO } as const;
  });

export const revokePortalAccessAction = authActionClient
  .metadata({ permission: "portal:invite" })
  .inputSchema(revokePortalAccessSchema)
  .action(async ({ parsedInput, ctx }) => {
    await revokePortalAccess(ctx.scope, parsedInput);
    revalidatePath(`/patients/${parsedInput.patientId}`, "layout");
    return { ok: true, value: { revoked: true } } as const;
  });

/**
 * A reset link for a patient's portal password, shown once to the clinician and, when SMTP is
 * configured, also queued for e-mail to the patient's sign-in address (lib/mail: sent by the worker,
 * retried while the SMTP server is down). The link is shown either way.
 */
export const issuePatientPasswordResetAction = authActionClient
  .metadata({ permission: "portal:invite" })
  .inputSchema(patientPasswordResetSchema)
  .action(async ({ parsedInput, ctx }) => {
    const origin = await publicOrigin();
    const result = await issuePatientPasswordReset(ctx.scope, parsedInput, new Date(), origin);
    if (!result.ok) return result;
    const { token, email, expiresAt, emailed } = result.value;
    return { ok: true, value: { link: passwordLink(origin, token), email, expiresAt, emailed: emailed ? "queued" : "off" } satisfies CreatedResetLinkDTO } as const;
  });

/** Called signed out, from the invitation page: the token is the credential (see tokenActionClient). */
export const acceptInvitationAction = tokenActionClient.inputSchema(acceptInvitationSchema).action(async ({ parsedInput }) => acceptInvitation(parsedInput));
