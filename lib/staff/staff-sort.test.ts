import { describe, expect, it } from "vitest";
import { isStaffSort, sortStaff } from "./staff-sort";
import type { StaffMemberDTO } from "./types";

const row = (name: string, overrides: Partial<StaffMemberDTO> = {}): StaffMemberDTO => ({
  id: name,
  name,
  email: `${name.toLowerCase().replace(/\s/g, ".")}@clinic.example`,
  role: "CLINICIAN",
  status: "ACTIVE",
  lastSignInAt: null,
  ...overrides,
});

const staff = [
  row("ben Okafor", { lastSignInAt: "2026-11-20T09:00:00.000Z" }),
  row("Alex Morgan", { role: "ADMIN", lastSignInAt: "2026-11-24T09:00:00.000Z" }),
  row("Casey New", { status: "INVITED" }),
  row("Dana Gone", { status: "DEACTIVATED", lastSignInAt: "2026-01-02T09:00:00.000Z" }),
];
const names = (rows: StaffMemberDTO[]) => rows.map((member) => member.name);

describe("sortStaff", () => {
  it("sorts by name ignoring case, both ways", () => {
    expect(names(sortStaff(staff, "name", false))).toEqual(["Alex Morgan", "ben Okafor", "Casey New", "Dana Gone"]);
    expect(names(sortStaff(staff, "name", true))).toEqual(["Dana Gone", "Casey New", "ben Okafor", "Alex Morgan"]);
  });

  it("puts admins first, then clinicians by name", () => {
    expect(names(sortStaff(staff, "role", false))).toEqual(["Alex Morgan", "ben Okafor", "Casey New", "Dana Gone"]);
  });

  it("orders statuses active, invited, deactivated", () => {
    expect(names(sortStaff(staff, "status", false))).toEqual(["Alex Morgan", "ben Okafor", "Casey New", "Dana Gone"]);
    expect(names(sortStaff(staff, "status", true))).toEqual(["Dana Gone", "Casey New", "Alex Morgan", "ben Okafor"]);
  });

  it("treats never signed in as longest ago", () => {
    expect(names(sortStaff(staff, "lastSignIn", true))).toEqual(["Alex Morgan", "ben Okafor", "Dana Gone", "Casey New"]);
    expect(names(sortStaff(staff, "lastSignIn", false))).toEqual(["Casey New", "Dana Gone", "ben Okafor", "Alex Morgan"]);
  });

  it("leaves its input alone", () => {
    const input = [...staff];
    sortStaff(input, "name", true);
    expect(input).toEqual(staff);
  });

  it("knows its sortable columns", () => {
    expect(isStaffSort("lastSignIn")).toBe(true);
    expect(isStaffSort("email")).toBe(false);
  });
});
