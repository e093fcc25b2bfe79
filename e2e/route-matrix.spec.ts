/**
 * Every page of the app/ tree, opened by every kind of visitor with its ids own, another clinic's,
 * random and malformed. Each answer is a 200, a redirect to sign-in or a real HTTP 404: never a 200
 * that says "not found", and never a page that names the other clinic. Pages are read from app/, so a
 * new route is covered without a new row; only its kind (who may open it) is declared here, and a page
 * without one fails the test.
 */
import type { APIRequestContext } from "@playwright/test";
import { createPrismaClient } from "@/prisma/factories";
import { ACCOUNTS } from "./fixtures/accounts";
import { signedInRequest } from "./fixtures/action-calls";
import { appRoutes } from "./fixtures/app-routes";
import { expect, test } from "./fixtures/roles";

type Kind = "public" | "staff" | "admin" | "portal";
type Visitor = { name: string; kind: "signed out" | "clinician" | "admin" | "patient"; clinic: string | null; request: APIRequestContext };
type Variant = "own" | "another clinic's" | "random" | "malformed";

/** Who may open each page: anyone, staff, admins only, or patients. */
const KINDS: Record<string, Kind> = {
  "/": "public",
  "/login": "public",
  "/invite/[token]": "public",
  "/set-password/[token]": "public",
  "/unsubscribe/[token]": "public",
  "/account": "staff",
  "/dashboard": "staff",
  "/exercises": "staff",
  "/exercises/new": "admin",
  "/exercises/[exerciseId]/edit": "admin",
  "/patients": "staff",
  "/patients/new": "staff",
  "/patients/[patientId]": "staff",
  "/patients/[patientId]/edit": "staff",
  "/patients/[patientId]/diary": "staff",
  "/patients/[patientId]/progress": "staff",
  "/patients/[patientId]/assessments": "staff",
  "/patients/[patientId]/assessments/new": "staff",
  "/patients/[patientId]/assessments/compare": "staff",
  "/patients/[patientId]/assessments/[assessmentId]": "staff",
  "/patients/[patientId]/assessments/[assessmentId]/edit": "staff",
  "/patients/[patientId]/episodes": "staff",
  "/patients/[patientId]/episodes/new": "staff",
  "/patients/[patientId]/episodes/[episodeId]": "staff",
  "/patients/[patientId]/episodes/[episodeId]/program": "staff",
  "/patients/[patientId]/episodes/[episodeId]/program/print": "staff",
  "/patients/[patientId]/episodes/[episodeId]/program/versions/[version]": "staff",
  "/patients/[patientId]/visits": "staff",
  "/appointments": "staff",
  "/appointments/new": "staff",
  "/appointments/[appointmentId]": "staff",
  "/patients/[patientId]/visits/[appointmentId]/note": "staff",
  "/staff": "admin",
  "/activity": "admin",
  "/api-keys": "admin",
  "/mail": "admin",
  "/settings": "admin",
  "/templates": "admin",
  "/portal": "portal",
  "/portal/account": "portal",
  "/portal/cramps": "portal",
  "/portal/progress": "portal",
  "/portal/my-data": "portal",
  "/portal/questionnaires": "portal",
  "/portal/questionnaires/[questionnaireId]": "portal",
};

const CLINIC_NAMES = { northside: "Northside Physio", harbour: "Harbour Sports Clinic" } as const;
const RANDOM: Record<string, string> = { version: "99999999999", token: "A".repeat(43) };
const MALFORMED = "not-an-id%20or%27quote";

test.describe("route matrix", () => {
  const routes = appRoutes();
  const ids: Record<"northside" | "harbour", Record<string, string>> = { northside: {}, harbour: {} };
  let visitors: Visitor[] = [];
  let opened = 0;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const db = createPrismaClient();
    try {
      // Each clinic's own records: its portal patient's episode with a program, two assessments, a LEFS and a clinic exercise.
      for (const [key, email, clinicianEmail] of [
        ["northside", ACCOUNTS.northsidePatient.email, ACCOUNTS.northsideClinician.email],
        ["harbour", ACCOUNTS.harbourPatient.email, ACCOUNTS.harbourClinician.email],
      ] as const) {
        const patient = await db.patient.findFirstOrThrow({ where: { portalUser: { email } }, select: { id: true, clinicId: true } });
        const episode = await db.episode.findFirstOrThrow({ where: { patientId: patient.id, programs: { some: {} } }, select: { id: true } });
        const assessments = await db.assessment.findMany({ where: { patientId: patient.id }, select: { id: true }, take: 2, orderBy: { assessedOn: "asc" } });
        const questionnaire = await db.lefsQuestionnaire.findFirst({ where: { patientId: patient.id }, select: { id: true } });
        const exercise = await db.clinicExercise.findFirst({ where: { clinicId: patient.clinicId }, select: { id: true } });
        // A visit of this patient in the clinic's clinician's own diary with a note (prisma/seed-visit-notes.ts),
        // which serves both the visit's page and its note's.
        const appointment = await db.appointment.findFirstOrThrow({
          where: { clinicId: patient.clinicId, patientId: patient.id, clinician: { email: clinicianEmail }, note: { isNot: null } },
          select: { id: true },
        });
        ids[key] = {
          appointmentId: appointment.id,
          patientId: patient.id,
          episodeId: episode.id,
          assessmentId: assessments[0]!.id,
          secondAssessment: assessments[1]!.id,
          version: "1",
          questionnaireId: questionnaire!.id,
          exerciseId: exercise!.id,
          token: "A".repeat(43),
        };
      }
    } finally {
      await db.$disconnect();
    }
    const signIn = (email: string) => signedInRequest(playwright.request, baseURL!, email);
    visitors = [
      { name: "signed out", kind: "signed out", clinic: null, request: await playwright.request.newContext({ baseURL }) },
      { name: "clinician", kind: "clinician", clinic: "northside", request: await signIn(ACCOUNTS.northsideClinician.email) },
      { name: "admin", kind: "admin", clinic: "northside", request: await signIn(ACCOUNTS.northsideAdmin.email) },
      { name: "patient", kind: "patient", clinic: "northside", request: await signIn(ACCOUNTS.northsidePatient.email) },
      { name: "the other clinic's clinician", kind: "clinician", clinic: "harbour", request: await signIn(ACCOUNTS.harbourClinician.email) },
      { name: "the other clinic's patient", kind: "patient", clinic: "harbour", request: await signIn(ACCOUNTS.harbourPatient.email) },
    ];
  });

  test.afterAll(async () => {
    console.log(`route matrix: ${routes.length} pages × ${visitors.length} visitors, ${opened} page loads`);
    await Promise.all(visitors.map((visitor) => visitor.request.dispose()));
  });

  test("knows who may open every page of the app/ tree", () => {
    expect(routes.filter((route) => !(route in KINDS)), "pages without a kind").toEqual([]);
    expect(Object.keys(KINDS).filter((route) => !routes.includes(route)), "kinds of pages that are gone").toEqual([]);
  });

  /** The URL for a variant: the last id of the route as the variant, the ones before it the visitor's clinic's own. */
  function urlFor(route: string, variant: Variant, own: Record<string, string>, other: Record<string, string>): string {
    const params = [...route.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!);
    const last = params.at(-1);
    const value = (param: string) => {
      if (param !== last || variant === "own") return own[param]!;
      if (variant === "another clinic's") return other[param]!;
      if (variant === "random") return RANDOM[param] ?? crypto.randomUUID();
      return MALFORMED;
    };
    const filled = route.replace(/\[(\w+)\]/g, (_, param: string) => value(param));
    // The comparison names its two assessments in the query, as the page's own links do.
    if (route.endsWith("/assessments/compare")) {
      const pair = variant === "own" ? [own.assessmentId, own.secondAssessment] : variant === "another clinic's" ? [other.assessmentId, other.secondAssessment] : variant === "random" ? [crypto.randomUUID(), crypto.randomUUID()] : [MALFORMED, MALFORMED];
      return `${filled}?a=${pair[0]}&b=${pair[1]}`;
    }
    return filled;
  }

  /** What a visitor must get for an own-id page: 200 where its kind may open it, else sign-in or 404. */
  function expectedForOwn(kind: Kind, visitor: Visitor): "ok" | "sign-in" | "not-found" | "any" {
    if (kind === "public") return "any";
    if (visitor.kind === "signed out") return "sign-in";
    if (kind === "portal") return visitor.kind === "patient" ? "ok" : "not-found";
    if (kind === "admin") return visitor.kind === "admin" ? "ok" : "not-found";
    return visitor.kind === "patient" ? "not-found" : "ok";
  }

  for (const route of Object.keys(KINDS)) {
    test(route, async () => {
      const kind = KINDS[route]!;
      const variants: Variant[] = route.includes("[") || route.endsWith("/compare") ? ["own", "another clinic's", "random", "malformed"] : ["own"];
      for (const visitor of visitors) {
        const clinic = (visitor.clinic ?? "northside") as "northside" | "harbour";
        const otherClinic = clinic === "northside" ? "harbour" : "northside";
        for (const variant of variants) {
          // A public link page with a token is open to anyone: its id is not a record of a clinic.
          if (kind === "public" && variant !== "own") continue;
          // A version number is not an id: the other clinic's "version 1" is this episode's version 1.
          const last = [...route.matchAll(/\[(\w+)\]/g)].at(-1)?.[1];
          if (variant === "another clinic's" && last && ids[clinic][last] === ids[otherClinic][last]) continue;
          const url = urlFor(route, variant, ids[clinic], ids[otherClinic]);
          const response = await visitor.request.get(url, { maxRedirects: 0 });
          opened++;
          const status = response.status();
          // What the page shows: the RSC payload in <script> also carries the not-found template of every layout.
          const body = status === 200 ? (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "") : "";
          const what = `${visitor.name} opening ${url} (${variant} id)`;

          expect.soft([200, 307, 308, 303, 302, 404], `${what}: ${status}`).toContain(status);
          if ([302, 303, 307, 308].includes(status)) {
            const location = response.headers().location ?? "";
            // Signed-in visitors may be sent home (/ sends each role to its start page); nobody is sent off the site.
            expect.soft(location, `${what} is redirected within the site`).toMatch(/^(\/|http:\/\/localhost:\d+\/)/);
            if (visitor.kind !== "signed out" && route !== "/" && route !== "/login") expect.soft(location, `${what} is not sent to sign in`).not.toMatch(/\/login/);
          }
          if (status === 200) {
            expect.soft(body, `${what} is a 200 that says not found`).not.toMatch(/Page not found|could not be found/i);
            if (visitor.clinic) expect.soft(body, `${what} names the other clinic`).not.toContain(CLINIC_NAMES[otherClinic]);
          }

          const expected = variant === "own" ? expectedForOwn(kind, visitor) : visitor.kind === "signed out" ? "sign-in" : "not-found";
          // A page may open by sending on to its default tab (the patient page opens on Assessments).
          if (expected === "ok") expect.soft(status === 200 || (status === 307 && !/\/login/.test(response.headers().location ?? "")), `${what} opens: ${status}`).toBe(true);
          if (expected === "not-found") expect.soft(status, `${what} is a real 404`).toBe(404);
          if (expected === "sign-in") expect.soft(response.headers().location ?? "", `${what} is sent to sign in`).toMatch(/\/login/);
        }
      }
    });
  }
});
