import { z } from "zod";
import { newPasswordSchema } from "@/lib/core/auth/password-policy";
import { signInEmailSchema } from "@/lib/core/auth/sign-in-email";

/** The clinician's invitation form. Sign-in e-mails are stored lower-case (User.email). */
export const inviteFieldsSchema = z.strictObject({
  email: signInEmailSchema("Enter the e-mail the patient will sign in with."),
});

export type InviteFields = z.infer<typeof inviteFieldsSchema>;

export const invitePatientSchema = inviteFieldsSchema.extend({ patientId: z.uuid() });
export type InvitePatientInput = z.infer<typeof invitePatientSchema>;

export const revokePortalAccessSchema = z.strictObject({ patientId: z.uuid() });
export type RevokePortalAccessInput = z.infer<typeof revokePortalAccessSchema>;

export const patientPasswordResetSchema = z.strictObject({ patientId: z.uuid() });
export type PatientPasswordResetInput = z.infer<typeof patientPasswordResetSchema>;

const passwordFields = { password: newPasswordSchema, confirmPassword: z.string() };

const passwordsMatch = (fields: { password: string; confirmPassword: string }) => fields.password === fields.confirmPassword;
const MISMATCH = { message: "The two passwords do not match. Type the same password in both fields.", path: ["confirmPassword"] };

/** The patient's set-password form: the password policy, typed twice. */
export const setPasswordFieldsSchema = z.strictObject(passwordFields).refine(passwordsMatch, MISMATCH);

export type SetPasswordFields = z.infer<typeof setPasswordFieldsSchema>;

/**
 * The token is only length-checked here: a malformed one is refused like any unusable link, with
 * the same words, rather than with a validation message that says something about its shape.
 */
export const acceptInvitationSchema = z
  .strictObject({ token: z.string().max(100), ...passwordFields })
  .refine(passwordsMatch, MISMATCH);

export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
