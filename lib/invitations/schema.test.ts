import { describe, expect, it } from "vitest";
import { acceptInvitationSchema, inviteFieldsSchema, setPasswordFieldsSchema } from "./schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("invitation form", () => {
  it("trims and lower-cases the sign-in e-mail", () => {
    expect(inviteFieldsSchema.parse({ email: "  Pat.Jones@Example.COM " })).toEqual({ email: "pat.jones@example.com" });
  });

  it("asks for an e-mail, and a real-looking one", () => {
    expect(messages(inviteFieldsSchema.safeParse({ email: "" }))).toEqual({ email: "Enter the e-mail the patient will sign in with." });
    expect(messages(inviteFieldsSchema.safeParse({ email: "pat@" }))).toEqual({ email: "Enter an e-mail address like name@example.com." });
  });
});

describe("set-password form", () => {
  it("applies the password policy at its boundary", () => {
    expect(setPasswordFieldsSchema.safeParse({ password: "1234567", confirmPassword: "1234567" }).success).toBe(false);
    expect(messages(setPasswordFieldsSchema.safeParse({ password: "1234567", confirmPassword: "1234567" }))).toEqual({ password: "Use at least 8 characters." });
    // 12345678 is long enough but among the most common passwords (issue #10), so the boundary uses another.
    expect(setPasswordFieldsSchema.safeParse({ password: "kx7-quay", confirmPassword: "kx7-quay" }).success).toBe(true);
    expect(setPasswordFieldsSchema.safeParse({ password: "12345678", confirmPassword: "12345678" }).success).toBe(false);
  });

  it("puts a mismatch on the confirmation field", () => {
    expect(messages(setPasswordFieldsSchema.safeParse({ password: "long-enough-1", confirmPassword: "long-enough-2" }))).toEqual({
      confirmPassword: "The two passwords do not match. Type the same password in both fields.",
    });
  });

  it("sends the token with the passwords, and nothing else", () => {
    const fields = { token: "t", password: "long-enough", confirmPassword: "long-enough" };
    expect(acceptInvitationSchema.safeParse(fields).success).toBe(true);
    expect(acceptInvitationSchema.safeParse({ ...fields, email: "someone@else.example" }).success).toBe(false);
  });
});
