import { describe, expect, it } from "vitest";
import { can, homePathFor, isStaff } from "./permissions";

describe("can", () => {
  it("lets clinicians and admins read and change patients", () => {
    for (const role of ["ADMIN", "CLINICIAN"] as const) {
      expect(can(role, "patients:read")).toBe(true);
      expect(can(role, "patients:write")).toBe(true);
      expect(can(role, "assessments:write")).toBe(true);
      expect(can(role, "portal:self")).toBe(false);
    }
  });

  it("keeps patients out of the registry and inside their own portal", () => {
    expect(can("PATIENT", "patients:read")).toBe(false);
    expect(can("PATIENT", "patients:write")).toBe(false);
    expect(can("PATIENT", "assessments:read")).toBe(false);
    expect(can("PATIENT", "portal:self")).toBe(true);
  });
});

describe("admin-only permissions", () => {
  it("lets only admins create program templates", () => {
    expect(can("ADMIN", "templates:write")).toBe(true);
    expect(can("CLINICIAN", "templates:write")).toBe(false);
    expect(can("PATIENT", "templates:write")).toBe(false);
  });

  it("lets only admins manage staff", () => {
    expect(can("ADMIN", "staff:manage")).toBe(true);
    expect(can("CLINICIAN", "staff:manage")).toBe(false);
    expect(can("PATIENT", "staff:manage")).toBe(false);
  });

  it("lets staff keep their own diary and only admins everyone's", () => {
    for (const role of ["ADMIN", "CLINICIAN"] as const) {
      expect(can(role, "appointments:read")).toBe(true);
      expect(can(role, "appointments:write")).toBe(true);
    }
    expect(can("PATIENT", "appointments:read")).toBe(false);
    expect(can("PATIENT", "appointments:write")).toBe(false);
    expect(can("ADMIN", "appointments:all-clinicians")).toBe(true);
    expect(can("CLINICIAN", "appointments:all-clinicians")).toBe(false);
  });

  it("lets only admins change the clinic's settings", () => {
    expect(can("ADMIN", "clinic:manage")).toBe(true);
    expect(can("CLINICIAN", "clinic:manage")).toBe(false);
    expect(can("PATIENT", "clinic:manage")).toBe(false);
  });

  it("lets only admins see and resend the clinic's e-mail", () => {
    expect(can("ADMIN", "mail:manage")).toBe(true);
    expect(can("CLINICIAN", "mail:manage")).toBe(false);
    expect(can("PATIENT", "mail:manage")).toBe(false);
  });

  it("lets only admins manage API keys", () => {
    expect(can("ADMIN", "api-keys:manage")).toBe(true);
    expect(can("CLINICIAN", "api-keys:manage")).toBe(false);
    expect(can("PATIENT", "api-keys:manage")).toBe(false);
  });

  it("lets only admins read the audit trail", () => {
    expect(can("ADMIN", "audit:read")).toBe(true);
    expect(can("CLINICIAN", "audit:read")).toBe(false);
    expect(can("PATIENT", "audit:read")).toBe(false);
  });
});

describe("home paths", () => {
  it("sends staff to the caseload dashboard and patients to the portal", () => {
    expect(homePathFor("CLINICIAN")).toBe("/dashboard");
    expect(homePathFor("ADMIN")).toBe("/dashboard");
    expect(homePathFor("PATIENT")).toBe("/portal");
    expect(isStaff("PATIENT")).toBe(false);
  });
});
