import { describe, expect, it } from "vitest";
import { accountForInvitation } from "./accounts";

const clinic = "clinic-a";
const patient = "patient-1";

describe("which account an invitation's e-mail leads to", () => {
  it("creates a new account for an unused e-mail", () => {
    expect(accountForInvitation(null, clinic, patient)).toBe("create");
  });

  it("relinks an unlinked portal account of the same clinic (access revoked earlier)", () => {
    expect(accountForInvitation({ role: "PATIENT", clinicId: clinic, linkedPatientId: null }, clinic, patient)).toBe("relink");
    expect(accountForInvitation({ role: "PATIENT", clinicId: clinic, linkedPatientId: patient }, clinic, patient)).toBe("relink");
  });

  it("refuses staff, another clinic's patient and another patient's account", () => {
    expect(accountForInvitation({ role: "CLINICIAN", clinicId: clinic, linkedPatientId: null }, clinic, patient)).toBe("taken");
    expect(accountForInvitation({ role: "ADMIN", clinicId: clinic, linkedPatientId: null }, clinic, patient)).toBe("taken");
    expect(accountForInvitation({ role: "PATIENT", clinicId: "clinic-b", linkedPatientId: null }, clinic, patient)).toBe("taken");
    expect(accountForInvitation({ role: "PATIENT", clinicId: clinic, linkedPatientId: "patient-2" }, clinic, patient)).toBe("taken");
  });
});
