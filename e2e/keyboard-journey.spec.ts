/**
 * The clinician's main journey with the keyboard alone: after the first page load every step is a Tab,
 * Shift+Tab, Enter, an arrow key or typing. After every key the focused element must be on screen and
 * draw a visible outline (or ring); a walk that never reaches its target within a
 * bound, or a page whose Tab order does not come back round, fails as a keyboard trap.
 */
import type { Locator, Page } from "@playwright/test";
import { storageStateFor, unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/roles";

/** Enough Tabs to cross the longest form (the assessment's ~60 controls) and the header, with room to spare. */
const MAX_TABS = 200;

type Focus = { description: string; visible: boolean; indicator: boolean };

/** What the focused element is and whether a sighted keyboard user can see where focus is. */
function focusNow(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return null;
    // A visually hidden control (a choice chip's radio) shows its focus on its label.
    const own = element.getBoundingClientRect();
    const shown = own.width < 4 || own.height < 4 ? ((element as HTMLInputElement).labels?.[0] ?? element.closest("label") ?? element) : element;
    const box = shown.getBoundingClientRect();
    const style = getComputedStyle(shown);
    const transparent = (color: string) => color === "transparent" || /rgba\([^)]*,\s*0\)$/.test(color);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1 && !transparent(style.outlineColor);
    // Tailwind's ring utilities draw a spread box-shadow with no blur.
    const ring = /0px 0px 0px [1-9]/.test(style.boxShadow);
    const name = element.getAttribute("aria-label") ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? "";
    return {
      description: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}> "${name.trim().replace(/\s+/g, " ").slice(0, 60)}"`,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      indicator: outline || ring,
    };
  });
}

/** Fails unless something is focused, on screen, with a visible focus indicator. */
async function expectVisibleFocus(page: Page, after: string): Promise<Focus> {
  const focus = await focusNow(page);
  expect(focus, `focus is lost (on the page body) after ${after}`).not.toBeNull();
  expect.soft(focus!.visible, `${focus!.description} is focused but off screen, after ${after}`).toBe(true);
  expect.soft(focus!.indicator, `${focus!.description} has no visible focus indicator, after ${after}`).toBe(true);
  return focus!;
}

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus, checking the focus indicator of every element on the way. */
async function tabTo(page: Page, target: Locator, what: string) {
  await expect(target).toBeEnabled();
  const passed: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
    const focus = await focusNow(page);
    // Past the last control focus leaves the document for the browser's own UI; the next Tab comes back.
    if (focus) {
      await expectVisibleFocus(page, `Tab towards ${what}`);
      passed.push(focus.description);
    }
  }
  throw new Error(`${what} never took focus in ${MAX_TABS} Tabs (a keyboard trap or not focusable); passed: ${passed.slice(-15).join(", ")}`);
}

/** Types into the focused field after selecting what it holds. */
async function typeInto(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/** mm/dd/yyyy, as the en-US date input takes its digits, `daysAgo` days before today. */
function dateDigits(daysAgo: number): string {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  return [date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, "0")).join("") + String(date.getFullYear());
}

/**
 * Tabs all the way round the page: every stop shows its focus, and focus comes back to where it
 * started (nothing holds it), then Shift+Tab moves back off it.
 */
async function expectNoTrap(page: Page) {
  // Start from a stop in the Tab order (the saved notice that took focus is not one).
  await page.keyboard.press("Tab");
  await expectVisibleFocus(page, "the first Tab of the round");
  const isStart = () => page.evaluate(() => document.activeElement?.hasAttribute("data-walk-start") ?? false);
  await page.evaluate(() => document.activeElement?.setAttribute("data-walk-start", ""));
  const seen: string[] = [];
  for (let presses = 0; presses < MAX_TABS * 2; presses++) {
    await page.keyboard.press("Tab");
    const focus = await focusNow(page);
    if (!focus) continue;
    await expectVisibleFocus(page, "Tab round the page");
    if (await isStart()) {
      expect(seen.length, "Tab went round the page before coming back").toBeGreaterThan(5);
      await page.keyboard.press("Shift+Tab");
      await expectVisibleFocus(page, "Shift+Tab");
      expect(await isStart(), "Shift+Tab moves focus back").toBe(false);
      return;
    }
    seen.push(focus.description);
  }
  throw new Error(`focus never came back round to where it started; last stops: ${seen.slice(-15).join(", ")}`);
}

test.use({ storageState: storageStateFor("northsideClinician"), locale: "en-US" });

test("a clinician registers a patient, assesses, opens an episode and builds a program with the keyboard alone", async ({ page }) => {
  test.slow();
  const suffix = unique();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Caseload" })).toBeVisible();

  // The skip link is the first stop and takes focus past the header.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expectVisibleFocus(page, "the first Tab");

  // Register.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }), "the Patients link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/patients$/);
  await tabTo(page, page.getByRole("link", { name: "Register patient" }), "Register patient");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/patients\/new$/);
  await tabTo(page, page.getByLabel("First name"), "First name");
  await page.keyboard.type("Kai");
  await tabTo(page, page.getByLabel("Last name"), "Last name");
  await page.keyboard.type(`Keys${suffix}`);
  await tabTo(page, page.getByLabel("Date of birth"), "Date of birth");
  await page.keyboard.type("02111998");
  await expect(page.getByLabel("Date of birth")).toHaveValue("1998-02-11");
  await tabTo(page, page.getByRole("combobox", { name: /^Sex\b/ }), "Sex");
  await page.keyboard.type("F");
  await expect(page.getByRole("combobox", { name: /^Sex\b/ })).toHaveValue("FEMALE");
  await tabTo(page, page.getByLabel("Record number"), "Record number");
  await page.keyboard.type(`KB-${suffix}`);
  await tabTo(page, page.getByRole("button", { name: "Register patient" }), "Register patient");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}\/assessments$/);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Keys${suffix}`) })).toBeVisible();

  // Assess.
  await tabTo(page, page.getByRole("link", { name: "New assessment" }), "New assessment");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "New assessment" })).toBeVisible();
  await tabTo(page, page.getByLabel("Left AKE", { exact: true }), "Left AKE");
  await page.keyboard.type("12");
  await tabTo(page, page.getByLabel("Right AKE", { exact: true }), "Right AKE");
  await page.keyboard.type("34");
  await tabTo(page, page.getByRole("button", { name: "Save assessment" }), "Save assessment");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /^Assessment of / })).toBeVisible();
  await expect(page.getByRole("main").getByText(/34\s*°/).first()).toBeVisible();

  // Open an episode.
  await tabTo(page, page.getByRole("navigation", { name: "Patient sections" }).getByRole("link", { name: "Episodes & program" }), "the Episodes tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Episodes of care" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Open episode" }), "Open episode");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Open an episode of care" })).toBeVisible();
  await tabTo(page, page.getByLabel("Diagnosis"), "Diagnosis");
  await page.keyboard.type("Right hamstring strain");
  await tabTo(page, page.getByLabel("ICD-10 code"), "ICD-10 code");
  await page.keyboard.type("S76.3");
  await tabTo(page, page.getByLabel("Injured side"), "Injured side");
  await page.keyboard.type("R");
  await expect(page.getByLabel("Injured side")).toHaveValue("RIGHT");
  await tabTo(page, page.getByLabel("Onset date"), "Onset date");
  await page.keyboard.type(dateDigits(6));
  await tabTo(page, page.getByLabel("Injury mechanism"), "Injury mechanism");
  await page.keyboard.type("Sp");
  await expect(page.getByLabel("Injury mechanism")).toHaveValue("SPRINTING");
  await tabTo(page, page.getByRole("button", { name: "Open episode" }), "Open episode (submit)");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/episodes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Right hamstring strain" })).toBeVisible();

  // Build and save the program: add supine isometric heel digs (EX03, an acute exercise) from the picker, dose it, save.
  await tabTo(page, page.getByRole("link", { name: "Exercise program" }), "Exercise program");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Exercise program" })).toBeVisible();
  await expect(page.getByText("No exercises yet")).toBeVisible();
  await expectNoSeriousViolations(page);
  const picker = page.getByLabel("Add an exercise");
  await tabTo(page, picker, "Add an exercise");
  for (let presses = 0; presses < 60 && (await picker.inputValue()) !== "EX03"; presses++) await page.keyboard.press("ArrowDown");
  await expect(picker).toHaveValue("EX03");
  const exerciseName = "Supine isometric heel digs";
  await tabTo(page, page.getByRole("button", { name: "Add", exact: true }), "Add");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Program exercises" }).getByRole("listitem")).toHaveCount(1);
  // Adding must not drop focus on the page body (the Add button disables itself once the picker clears).
  await expectVisibleFocus(page, "adding an exercise");
  const sets = page.getByLabel(`Sets for ${exerciseName}`);
  await tabTo(page, sets, "Sets");
  await typeInto(page, "3");
  await expect(sets).toHaveValue("3");
  await tabTo(page, page.getByRole("button", { name: "Save program" }), "Save program");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
  await expectVisibleFocus(page, "saving the program");

  // Nothing on the editor holds focus: Tab goes all the way round and Shift+Tab goes back.
  await expectNoTrap(page);
});
