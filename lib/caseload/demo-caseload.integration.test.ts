import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clinicScopeOf, type ClinicScope } from "@/lib/core/auth/session";
import { todayIsoDate } from "@/lib/core/dates";
import { ensureDemoSeeded } from "@/scripts/testing/demo-seed";
import { testDb } from "@/scripts/testing/integration-fixtures";
import { caseloadOf } from "./loaders";
import type { CaseloadDTO } from "./types";

/**
 * The demo is what a clinic judges Rehabit by: its caseload must show each seeded situation for its
 * own reason and leave most patients unflagged, or the alerts read as noise. Seeds the demo into the
 * test database once (the seed's own clinics and accounts; other tests make their own clinics).
 */
const ANA = "ana.lopez@northside.example";
let caseload: CaseloadDTO;

beforeAll(async () => {
  await ensureDemoSeeded();
  const ana = await testDb.user.findUniqueOrThrow({ where: { email: ANA } });
  const scope = clinicScopeOf({ id: ana.id, name: ana.name, role: ana.role, clinicId: ana.clinicId, patientId: null, clinicTimeZone: "UTC" }) as ClinicScope;
  caseload = await caseloadOf(scope, { view: "mine", sort: "patient", dir: "asc", page: 1 }, todayIsoDate());
}, 120_000);

afterAll(() => testDb.$disconnect());

const reasonsOf = (recordNumber: string) => caseload.rows.find((row) => row.recordNumber === recordNumber)?.alerts.map((alert) => alert.kind) ?? [];

describe("the demo caseload", () => {
  it("flags at most a third of Ana Lopez's active patients", () => {
    expect(caseload.activeEpisodes).toBeGreaterThan(12);
    expect(caseload.total * 3).toBeLessThanOrEqual(caseload.activeEpisodes);
  });

  it("shows each caseload scenario for its own reason", () => {
    expect({
      "N-5001": reasonsOf("N-5001"),
      "N-5002": reasonsOf("N-5002"),
      "N-5003": reasonsOf("N-5003"),
      "N-5004": reasonsOf("N-5004"),
      "N-5005": reasonsOf("N-5005"),
      "N-5006": reasonsOf("N-5006"),
    }).toEqual({
      "N-5001": ["pain-during"],
      "N-5002": ["no-log"],
      "N-5003": ["reassessment-due"],
      "N-5004": ["cramp-red-flag"],
      "N-5005": ["gate-met"],
      "N-5006": ["load-jump"],
    });
  });
});
