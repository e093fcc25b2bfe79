/**
 * Issue #15's budget "statements per page constant as the data grows 100×": every page the page
 * benchmark measures (scripts/lib/bench/pages.ts: the same list, layouts and loaders) is run as its
 * signed-in user on a small clinic and on one with 100× the patients, the active episodes, the visits
 * and notes and, for the measured patient, the history (the bulk generator's long-history patient
 * against one early in care), and must send the same number of SQL statements on both. A page whose count grows with the data
 * queries per row (an N+1).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { todayIsoDate } from "@/lib/core/dates";
import type { SessionClaims } from "@/lib/core/auth/session";
import { countingDb } from "@/scripts/testing/counting-db";
import { claimsOf } from "./lib/bench/data-part";
import { prepareTargets, type TargetChoice, type Targets } from "./lib/bench/dataset";
import { pages, type Page, type PageLoaders, type Role } from "./lib/bench/pages";
import { asRequest } from "./lib/bench/request-context";
import { generateBulkPlans, removeBulkClinics, type ClinicPlan } from "./lib/bulk/generate";

// The app's own client counts the statements; the request's session, cookies and cache() are the page benchmark's stand-ins.
vi.mock("@/lib/core/db", async () => ({ db: (await import("@/scripts/testing/counting-db")).countingDb.client }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: (await import("./lib/bench/request-context")).getServerSession }));
vi.mock("next/headers", async () => (await import("./lib/bench/request-context")).nextHeaders);
vi.mock("react", async (importOriginal) => ({ ...(await importOriginal<object>()), cache: (await import("./lib/bench/request-context")).perRequestCache }));

const url = process.env.DATABASE_URL!;
const GROWTH = 100;

/**
 * Clinic 01 is the large one: 100× the patients and active episodes of clinic 02, and so 100× the
 * visits and notes — seen by 5 clinicians, as one clinician's day holds about 18 visits — and the
 * generator's long-history patient (5 episodes over 2 years, about 3,000 exercise logs and a visit a
 * week), measured against clinic 02's patient in care with the fewest logs. No finished patients: they
 * would only add rows no page reads.
 */
const SMALL: Omit<ClinicPlan, "clinicNo"> = { patients: 40, active: 3, finished: 0, veterans: 0, clinicians: 1 };
const LARGE: Omit<ClinicPlan, "clinicNo"> = { patients: SMALL.patients * GROWTH, active: SMALL.active * GROWTH, finished: 0, veterans: 1, clinicians: 5 };

type Size = { targets: Targets; claims: Record<Role, SessionClaims>; pages: Page[] };
let small: Size;
let large: Size;

async function loaders(): Promise<PageLoaders> {
  return {
    session: await import("@/lib/core/auth/session"),
    accounts: await import("@/lib/accounts/loaders"),
    patients: await import("@/lib/patients/loaders"),
    registryParams: await import("@/lib/patients/registry-params"),
    invitations: await import("@/lib/invitations/loaders"),
    assessments: await import("@/lib/assessments/loaders"),
    episodes: await import("@/lib/episodes/loaders"),
    programs: await import("@/lib/programs/loaders"),
    progress: await import("@/lib/progress/loaders"),
    progressSchema: await import("@/lib/progress/schema"),
    diary: await import("@/lib/diary/loaders"),
    caseload: await import("@/lib/caseload/loaders"),
    portal: await import("@/lib/portal/loaders"),
    portalProgress: await import("@/lib/portal-progress/loaders"),
    lefs: await import("@/lib/lefs/loaders"),
    appointments: await import("@/lib/appointments/loaders"),
    visitNotes: await import("@/lib/visit-notes/loaders"),
  };
}

async function size(choice: Omit<TargetChoice, "portalEmail">, modules: PageLoaders): Promise<Size> {
  const targets = await prepareTargets(url, { ...choice, portalEmail: `statements-portal-${choice.clinicNo}@bench.example` });
  const clinician = await claimsOf(url, targets.clinician.email);
  return { targets, claims: { clinician, dashboard: clinician, portal: await claimsOf(url, targets.portal.email) }, pages: pages(targets, modules) };
}

/** The statements one request of the page sends (its second: the first warms module-level caches up). */
async function statementsOf(at: Size, name: string): Promise<string[]> {
  const page = at.pages.find((p) => p.name === name)!;
  const run = () => asRequest(at.claims[page.as], page.data);
  await run();
  countingDb.reset();
  await run();
  return countingDb.statements();
}

beforeAll(async () => {
  const plans = [LARGE, SMALL].map((plan, i) => ({ ...plan, clinicNo: i + 1 }));
  const run = await generateBulkPlans(url, plans, { seed: 2026, today: todayIsoDate(), reset: true, passwordHash: "not-a-real-hash" });
  expect(run.ok).toBe(true);
  const modules = await loaders();
  large = await size({ clinicNo: 1, patient: "largest" }, modules);
  // In the same phase, so the episode page evaluates the same gate (or none, in the last phase).
  small = await size({ clinicNo: 2, patient: "smallest", phase: large.targets.episodePhase }, modules);
}, 120_000);

afterAll(async () => {
  await countingDb.client.$disconnect();
  await removeBulkClinics(url);
}, 60_000);

describe("statements per page as the data grows 100×", () => {
  it("compares a clinic and a patient with 100× the data of the other", () => {
    expect(large.targets.registryTotal).toBeGreaterThanOrEqual(0.9 * GROWTH * small.targets.registryTotal);
    expect(large.targets.activeEpisodes).toBe(GROWTH * small.targets.activeEpisodes);
    expect(large.targets.patientLogs).toBeGreaterThanOrEqual(20 * small.targets.patientLogs);
    expect(small.targets.episodePhase).toBe(large.targets.episodePhase);
    // Visits follow the episodes with some chance either way (about 75× at seed 2026): at least 50×.
    const [few, many] = [small.targets.appointments, large.targets.appointments];
    expect(many.clinic).toBeGreaterThanOrEqual(50 * few.clinic);
    expect(many.notes).toBeGreaterThanOrEqual(50 * few.notes);
    expect(many.diaryWeek).toBeGreaterThanOrEqual(10 * Math.max(1, few.diaryWeek));
    expect(many.patient).toBeGreaterThanOrEqual(4 * few.patient);
  });

  it("sends as many statements on every page", async () => {
    const counts = { small: {} as Record<string, number>, large: {} as Record<string, number> };
    const grown: string[] = [];
    for (const { name } of small.pages) {
      const few = await statementsOf(small, name);
      const many = await statementsOf(large, name);
      counts.small[name] = few.length;
      counts.large[name] = many.length;
      if (many.length !== few.length) grown.push(`${name}\n--- small:\n${few.join("\n")}\n--- 100×:\n${many.join("\n")}`);
    }
    expect(Object.values(counts.small).every((n) => n > 0)).toBe(true);
    // On failure, the statements of both runs of each page that differs show which query repeats.
    expect(counts.large, grown.join("\n\n")).toEqual(counts.small);
  }, 120_000);
});
