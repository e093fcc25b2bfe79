import { describe, expect, it } from "vitest";
import { changesAnything, linkPurposeFor, selfChangeRefusal, staffChangeRefusal, stateAfter, type StaffMemberState } from "./staff-rules";

const ME = "me";
const member = (overrides: Partial<StaffMemberState> = {}): StaffMemberState => ({ id: "other", role: "CLINICIAN", status: "ACTIVE", hasPassword: true, ...overrides });
const admin = (overrides: Partial<StaffMemberState> = {}) => member({ role: "ADMIN", ...overrides });

describe("self-protection", () => {
  it("refuses an admin demoting or deactivating themselves", () => {
    expect(selfChangeRefusal(ME, admin({ id: ME }), { kind: "role", role: "CLINICIAN" })).toBe("self-demotion");
    expect(selfChangeRefusal(ME, admin({ id: ME }), { kind: "deactivate" })).toBe("self-deactivation");
    // Even with plenty of other admins.
    expect(staffChangeRefusal({ actorId: ME, member: admin({ id: ME }), change: { kind: "deactivate" }, activeAdmins: 5 })).toBe("self-deactivation");
    expect(staffChangeRefusal({ actorId: ME, member: admin({ id: ME }), change: { kind: "role", role: "CLINICIAN" }, activeAdmins: 5 })).toBe("self-demotion");
  });

  it("lets an admin ask for the role they already have, and change anyone else", () => {
    expect(selfChangeRefusal(ME, admin({ id: ME }), { kind: "role", role: "ADMIN" })).toBeNull();
    expect(selfChangeRefusal(ME, admin(), { kind: "role", role: "CLINICIAN" })).toBeNull();
    expect(selfChangeRefusal(ME, admin(), { kind: "deactivate" })).toBeNull();
  });
});

describe("last active admin", () => {
  it("refuses demoting or deactivating the only active admin", () => {
    expect(staffChangeRefusal({ actorId: ME, member: admin(), change: { kind: "role", role: "CLINICIAN" }, activeAdmins: 1 })).toBe("last-admin");
    expect(staffChangeRefusal({ actorId: ME, member: admin(), change: { kind: "deactivate" }, activeAdmins: 1 })).toBe("last-admin");
  });

  it("allows it when another active admin remains", () => {
    expect(staffChangeRefusal({ actorId: ME, member: admin(), change: { kind: "role", role: "CLINICIAN" }, activeAdmins: 2 })).toBeNull();
    expect(staffChangeRefusal({ actorId: ME, member: admin(), change: { kind: "deactivate" }, activeAdmins: 2 })).toBeNull();
  });

  it("does not count an invited or deactivated admin, so changing them never trips the rule", () => {
    expect(staffChangeRefusal({ actorId: ME, member: admin({ status: "INVITED" }), change: { kind: "deactivate" }, activeAdmins: 1 })).toBeNull();
    expect(staffChangeRefusal({ actorId: ME, member: admin({ status: "DEACTIVATED" }), change: { kind: "role", role: "CLINICIAN" }, activeAdmins: 1 })).toBeNull();
  });

  it("never refuses a change that keeps or adds an active admin", () => {
    expect(staffChangeRefusal({ actorId: ME, member: member(), change: { kind: "role", role: "ADMIN" }, activeAdmins: 1 })).toBeNull();
    expect(staffChangeRefusal({ actorId: ME, member: admin(), change: { kind: "role", role: "ADMIN" }, activeAdmins: 1 })).toBeNull();
    expect(staffChangeRefusal({ actorId: ME, member: member(), change: { kind: "deactivate" }, activeAdmins: 1 })).toBeNull();
    expect(staffChangeRefusal({ actorId: ME, member: admin({ status: "DEACTIVATED" }), change: { kind: "reactivate" }, activeAdmins: 1 })).toBeNull();
  });
});

describe("state after a change", () => {
  it("reactivates to active with a password, and back to invited without one", () => {
    expect(stateAfter(member({ status: "DEACTIVATED" }), { kind: "reactivate" })).toEqual({ role: "CLINICIAN", status: "ACTIVE" });
    expect(stateAfter(member({ status: "DEACTIVATED", hasPassword: false }), { kind: "reactivate" })).toEqual({ role: "CLINICIAN", status: "INVITED" });
  });

  it("keeps the status on a role change and the role on a deactivation", () => {
    expect(stateAfter(member({ status: "INVITED" }), { kind: "role", role: "ADMIN" })).toEqual({ role: "ADMIN", status: "INVITED" });
    expect(stateAfter(admin(), { kind: "deactivate" })).toEqual({ role: "ADMIN", status: "DEACTIVATED" });
  });

  it("treats a repeated change as no change", () => {
    expect(changesAnything(member({ status: "DEACTIVATED" }), { kind: "deactivate" })).toBe(false);
    expect(changesAnything(member(), { kind: "reactivate" })).toBe(false);
    expect(changesAnything(member({ status: "INVITED" }), { kind: "reactivate" })).toBe(false);
    expect(changesAnything(admin(), { kind: "role", role: "ADMIN" })).toBe(false);
    expect(changesAnything(admin(), { kind: "role", role: "CLINICIAN" })).toBe(true);
    expect(changesAnything(member({ status: "INVITED" }), { kind: "deactivate" })).toBe(true);
  });
});

describe("password links", () => {
  it("gives invited people an invitation, active people a reset, and deactivated people nothing", () => {
    expect(linkPurposeFor("INVITED")).toBe("INVITE");
    expect(linkPurposeFor("ACTIVE")).toBe("RESET");
    expect(linkPurposeFor("DEACTIVATED")).toBeNull();
  });
});
