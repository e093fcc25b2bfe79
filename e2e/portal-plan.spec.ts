import type { Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { expect, recordActionCalls, test } from "./fixtures/roles";
import { PortalHomePage } from "./pages/portal-home-page";
import { RegistryPage } from "./pages/registry-page";

// Riley Chen (prisma/seed-portal.ts): acute left hamstring strain, pain at rest 2/10 at the last
// assessment, a session logged yesterday. Each test logs a different exercise, so none depends on another.
const HEEL_DIGS = "Supine isometric heel digs";
const BRIDGE_HOLD = "Supine bent-knee bridge, isometric";
const GLUTE_BRIDGE = "Glute bridge, two-leg (dynamic)";
const NOT_FOUND = "does not exist or you do not have access";

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, timezoneId: "UTC" });
// Several page loads and sessions per test: allow for a busy 2-core CI machine.
test.describe.configure({ timeout: 60_000 });

async function expectPhoneFriendly(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal scrolling").toBeLessThanOrEqual(0);
  for (const target of await page.getByRole("main").locator("button, summary").all()) {
    if (!(await target.isVisible())) continue;
    const box = await target.boundingBox();
    expect(box!.height, `height of ${await target.innerText()}`).toBeGreaterThanOrEqual(44);
    expect(box!.width, `width of ${await target.innerText()}`).toBeGreaterThanOrEqual(44);
  }
}

test.describe("a patient's plan on a phone", () => {
  test.use({ storageState: storageStateFor("acutePatient") });

  test("shows today's plan with why each exercise is there, fits 375 px and has large touch targets", async ({ page }) => {
    const portal = new PortalHomePage(page);
    await portal.goto();
    const card = portal.card(HEEL_DIGS);
    await expect(card.getByRole("img", { name: HEEL_DIGS })).toBeVisible();
    await expect(card.getByText("Due today")).toBeVisible();
    await expect(card.getByText("Why: to strengthen your left hamstrings, which tested weak")).toBeVisible();
    await expect(portal.card(BRIDGE_HOLD).getByText("Why: to strengthen your left buttock muscles, which tested weak")).toBeVisible();
    // No fixed days: listed under "Any time", never as missed.
    await expect(page.getByRole("region", { name: "Any time" }).getByRole("article", { name: GLUTE_BRIDGE })).toBeVisible();
    await expectPhoneFriendly(page);
  });

  test("logs an exercise as prescribed in one tap; pain 6 in the acute phase shows advice to reduce", async ({ page }) => {
    const portal = new PortalHomePage(page);
    await portal.goto();
    const card = portal.card(HEEL_DIGS);
    await portal.doneButton(card).click();
    await expect(card.getByText("✓ Done today")).toBeVisible();
    await expect(card.getByText("Logged today: as prescribed")).toBeVisible();
    await expect(card.getByRole("group", { name: "How much did it hurt?" })).toBeVisible();

    await portal.painButton(card, 6).click();
    await expect(portal.painButton(card, 6)).toHaveAttribute("aria-pressed", "true");
    await expect(card.getByText("Pain of 2 or more out of 10 is more than this phase of your recovery allows.", { exact: false })).toBeVisible();
    await expectPhoneFriendly(page);

    await page.reload();
    await expect(portal.card(HEEL_DIGS).getByText("You said: 6 out of 10.")).toBeVisible();
    await expect(portal.card(HEEL_DIGS).getByText("Make the exercise easier or stop it, and tell your clinician.")).toBeVisible();
  });

  test("the same log submitted twice is stored once", async ({ page, replayActionAs }) => {
    const portal = new PortalHomePage(page);
    await portal.goto();
    const calls = await recordActionCalls(page);
    const card = portal.card(BRIDGE_HOLD);
    await portal.doneButton(card).click();
    await expect(card.getByText("✓ Done today")).toBeVisible();

    // The same submission comes again with the same session (a double submit, a retried request).
    expect(calls).toHaveLength(1);
    for (let i = 0; i < 2; i++) expect((await replayActionAs("acutePatient", "/portal", calls[0]!)).ok).toBe(true);
    await page.reload();
    await expect(portal.card(BRIDGE_HOLD).getByText("✓ Done today", { exact: true })).toBeVisible();
  });

  test("asks for next-morning pain after yesterday's session; pain above the baseline shows advice", async ({ page }) => {
    const portal = new PortalHomePage(page);
    await portal.goto();
    const question = portal.morningQuestion();
    await expect(question.getByRole("group", { name: "How is the pain this morning, after yesterday's exercises?" })).toBeVisible();
    await portal.painButton(question, 4).click();
    await expect(question.getByText("You said your pain this morning is 4 out of 10.")).toBeVisible();
    await expect(question.getByText(/higher than before this session \(2 out of 10\)\. Reduce the load/)).toBeVisible();
    await page.reload();
    await expect(portal.morningQuestion().getByRole("group")).toHaveCount(0);
    await expect(portal.morningQuestion().getByText("You said your pain this morning is 4 out of 10.")).toBeVisible();
  });
});

test.describe("a plan from a template", () => {
  test.use({ storageState: storageStateFor("northsidePatient") });

  // Jordan Lee's subacute program was made from the built-in template (prisma/seed-episodes.ts): each card
  // shows the template's dose in words and the exercise's purpose as its why.
  test("shows why each exercise is there even when no finding suggested it", async ({ page }) => {
    const portal = new PortalHomePage(page);
    await portal.goto();
    const clamshell = portal.card("Clamshell");
    await expect(clamshell.getByText("1 × 8, 2× a week")).toBeVisible();
    await expect(clamshell.getByText("Why: to strengthen the muscles at the side of your hip")).toBeVisible();
    await expect(portal.card("Half-kneeling hip-flexor stretch (posterior pelvic tilt, glute squeeze)").getByText("Why: to stretch the muscles at the front of your hip")).toBeVisible();
  });
});

test("one patient's plan and logs are out of reach of another patient through pages, actions and URLs", async ({ asRole, replayActionAs }) => {
  test.slow();
  const ownerPage = await asRole("acutePatient");
  const owner = new PortalHomePage(ownerPage);
  await owner.goto();
  const calls = await recordActionCalls(ownerPage);
  const card = owner.card(GLUTE_BRIDGE);
  await owner.doneButton(card).click();
  await expect(card.getByText("Any time · ✓ 1 session today")).toBeVisible();
  await owner.painButton(card, 1).click();
  await expect(card.getByText("You said: 1 out of 10.")).toBeVisible();
  const [logCall, painCall] = calls;

  const clinician = await asRole("northsideClinician");
  const registry = new RegistryPage(clinician);
  await registry.goto();
  await registry.search("Riley Chen");
  await registry.rows().first().getByRole("link").click();
  await clinician.waitForURL(/\/patients\/[0-9a-f-]{36}\/assessments$/);
  const ownerRecord = clinician.url().replace(/\/assessments$/, "");

  for (const intruder of ["northsidePatient", "harbourPatient"] as const) {
    // Actions: replaying the owner's log and pain correction with another patient's session.
    for (const call of [logCall!, painCall!]) {
      const { text } = await replayActionAs(intruder, "/portal", call);
      expect(text).toContain(NOT_FOUND);
      expect(text).not.toContain(GLUTE_BRIDGE);
    }

    // Pages and URLs: their own portal shows none of the owner's plan; the owner's record answers 404.
    const page = await asRole(intruder);
    await page.goto("/portal");
    await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
    await expect(page.getByText("Riley")).toHaveCount(0);
    await expect(page.getByText("to strengthen your left buttock muscles")).toHaveCount(0);
    for (const url of [ownerRecord, `${ownerRecord}/episodes`]) {
      expect((await page.goto(url))?.status(), url).toBe(404);
    }
  }

  // The owner's log is as they left it: one session, pain 1.
  await owner.goto();
  await expect(owner.card(GLUTE_BRIDGE).getByText("Any time · ✓ 1 session today")).toBeVisible();
  await expect(owner.card(GLUTE_BRIDGE).getByText("You said: 1 out of 10.")).toBeVisible();
});
