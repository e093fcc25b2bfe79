"use server";

import { revalidatePath } from "next/cache";
import { passwordLink } from "@/lib/accounts/links";
import { passwordLinkMail } from "@/lib/accounts/mail";
import { logError } from "@/lib/core/logger";
import { mailEnabled, sendMail } from "@/lib/core/mail";
import { publicOrigin } from "@/lib/core/public-origin";
import { authActionClient, tokenActionClient } from "@/lib/core/safe-action";
import { invitationLink } from "./links";
import { acceptInvitation, invitePatient, issuePatientPasswordReset, revokePortalAccess } from "./mutations";
import { acceptInvitationSchema, invitePatientSchema, patientPasswordResetSchema, revokePortalAccessSchema } from "./schema";
import type { CreatedResetLinkDTO } from "./types";

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

/**
 * A reset link for a patient's portal password, shown once to the clinician and, when SMTP is
 * configured, also e-mailed to the patient's sign-in address. A failed e-mail loses nothing: the link
 * is still shown, with a word that it was not sent.
 */
export const issuePatientPasswordResetAction = authActionClient
  .metadata({ permission: "portal:invite" })
  .inputSchema(patientPasswordResetSchema)
  .action(async ({ parsedInput, ctx }) => {
    const origin = await publicOrigin();
    const result = await issuePatientPasswordReset(ctx.scope, parsedInput);
    if (!result.ok) return result;
    const { token, email, expiresAt, clinicName } = result.value;
    const link = passwordLink(origin, token);
    let emailed: CreatedResetLinkDTO["emailed"] = "off";
    if (mailEnabled()) {
      emailed = await sendMail(passwordLinkMail(email, link, "RESET", clinicName)).then(
        () => "sent" as const,
        (error: unknown) => {
          logError("password-reset-mail", error);
          return "failed" as const;
        },
      );
    }
    return { ok: true, value: { link, email, expiresAt, emailed } satisfies CreatedResetLinkDTO } as const;
  });

/** Called signed out, from the invitation page: the token is the credential (see tokenActionClient). */
export const acceptInvitationAction = tokenActionClient.inputSchema(acceptInvitationSchema).action(async ({ parsedInput }) => acceptInvitation(parsedInput));
