import { describe, expect, it } from "vitest";
import { changeStaffRoleSchema, inviteStaffSchema, staffMemberSchema } from "./schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

const USER_ID = "0192f0c4-5b8e-7c3a-9d1e-2f3a4b5c6d7e";

describe("invite form", () => {
  it("trims the name and trims and lower-cases the e-mail", () => {
    expect(inviteStaffSchema.parse({ name: "  Casey Park ", email: " Casey.Park@Northside.EXAMPLE ", role: "CLINICIAN" })).toEqual({
      name: "Casey Park",
      email: "casey.park@northside.example",
      role: "CLINICIAN",
    });
  });

  it("puts each problem on its own field", () => {
    expect(messages(inviteStaffSchema.safeParse({ name: "  ", email: "", role: "" }))).toEqual({
      name: "Enter the person's full name.",
      email: "Enter the e-mail they will sign in with.",
      role: "Choose Clinician or Admin.",
    });
    expect(messages(inviteStaffSchema.safeParse({ name: "Casey", email: "casey@", role: "ADMIN" }))).toEqual({ email: "Enter an e-mail address like name@example.com." });
  });

  it("holds names to 100 characters", () => {
    expect(inviteStaffSchema.safeParse({ name: "x".repeat(100), email: "a@b.example", role: "ADMIN" }).success).toBe(true);
    expect(messages(inviteStaffSchema.safeParse({ name: "x".repeat(101), email: "a@b.example", role: "ADMIN" }))).toEqual({ name: "Name must be at most 100 characters." });
  });

  it("never invites a patient, and takes no other fields", () => {
    expect(inviteStaffSchema.safeParse({ name: "Casey", email: "a@b.example", role: "PATIENT" }).success).toBe(false);
    expect(inviteStaffSchema.safeParse({ name: "Casey", email: "a@b.example", role: "ADMIN", clinicId: USER_ID }).success).toBe(false);
  });
});

describe("changes to a staff member", () => {
  it("need a real id", () => {
    expect(staffMemberSchema.safeParse({ userId: USER_ID }).success).toBe(true);
    expect(staffMemberSchema.safeParse({ userId: "not-a-uuid" }).success).toBe(false);
  });

  it("change the role only between clinician and admin", () => {
    expect(changeStaffRoleSchema.safeParse({ userId: USER_ID, role: "ADMIN" }).success).toBe(true);
    expect(messages(changeStaffRoleSchema.safeParse({ userId: USER_ID, role: "PATIENT" }))).toEqual({ role: "Choose Clinician or Admin." });
  });
});
