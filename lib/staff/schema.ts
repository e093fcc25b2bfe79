import { z } from "zod";
import { signInEmailSchema } from "@/lib/core/auth/sign-in-email";
import { STAFF_ROLES } from "./staff-rules";

const roleSchema = z.enum(STAFF_ROLES, { message: "Choose Clinician or Admin." });

/** The invite form. Sign-in e-mails are stored lower-case (User.email). */
export const inviteStaffSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: "Enter the person's full name." })
    .max(100, { message: "Name must be at most 100 characters." }),
  email: signInEmailSchema("Enter the e-mail they will sign in with."),
  role: roleSchema,
});

export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;
/** What the form holds before zod trims and lower-cases it. */
export type InviteStaffFields = z.input<typeof inviteStaffSchema>;

/** Deactivate, reactivate, or issue a password link: which staff member. */
export const staffMemberSchema = z.strictObject({ userId: z.uuid({ message: "That staff member does not exist." }) });
export type StaffMemberInput = z.infer<typeof staffMemberSchema>;

/** The role to give; asking for the role someone already has changes nothing. */
export const changeStaffRoleSchema = staffMemberSchema.extend({ role: roleSchema });
export type ChangeStaffRoleInput = z.infer<typeof changeStaffRoleSchema>;
