import { describe, expect, it } from "vitest";
import { changeNotice } from "./change-notice";

const result = { name: "Ana Lopez", role: "CLINICIAN", status: "ACTIVE", changed: true } as const;

describe("changeNotice", () => {
  it("tells the admin that a role change and a deactivation signed the person out", () => {
    expect(changeNotice("role", { ...result, role: "ADMIN" })).toBe("Ana Lopez is now an admin. They were signed out and sign in again with the new role.");
    expect(changeNotice("deactivate", { ...result, status: "DEACTIVATED" })).toMatch(/^Ana Lopez is deactivated and was signed out everywhere\./);
  });

  it("says when a reactivated account still needs an invitation link", () => {
    expect(changeNotice("reactivate", result)).toBe("Ana Lopez is active again and can sign in with their password.");
    expect(changeNotice("reactivate", { ...result, status: "INVITED" })).toBe("Ana Lopez is reactivated but has never set a password: give them a new invitation link.");
  });

  it("says so when there was nothing to change", () => {
    expect(changeNotice("role", { ...result, changed: false })).toBe("Ana Lopez is already a clinician.");
    expect(changeNotice("deactivate", { ...result, status: "DEACTIVATED", changed: false })).toBe("Ana Lopez was already deactivated.");
    expect(changeNotice("reactivate", { ...result, changed: false })).toBe("Ana Lopez is not deactivated.");
  });
});
