import type { Page } from "@playwright/test";
import { expect, recordActionCalls, test } from "./fixtures/roles";
import { unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { CrampDiaryPage } from "./pages/cramp-diary-page";
import { diaryUrlOf, LefsPage } from "./pages/lefs-page";

/** Patient pages are used on a phone: every portal page in this spec runs at 375 × 812. */
const PHONE = { width: 375, height: 812 };

/** A phone's browser: asRole(account, ON_A_PHONE). */
const ON_A_PHONE = { viewport: PHONE, hasTouch: true };

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

async function expectNotFound(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
}

test.describe("cramp diary and LEFS", () => {
  // Each test is a whole story with two or three people and up to 20 saved answers: triple the usual time.
  test.beforeEach(() => test.slow());

  test("a patient logs a hamstring night cramp on a phone, sees the advice and finds it in the list", async ({ asRole }) => {
    const page = await asRole("northsidePatient", ON_A_PHONE);
    const diary = new CrampDiaryPage(page);
    await diary.goto();
    await expectNoHorizontalScroll(page);
    // Every chip is a touch target of at least 44 × 44 px.
    const chipSizes = await page.locator("label:has(input.peer) > span").evaluateAll((chips) => chips.map((chip) => chip.getBoundingClientRect()));
    expect(Math.min(...chipSizes.map((size) => Math.min(size.width, size.height)))).toBeGreaterThanOrEqual(44);

    // Nothing chosen yet: each question says what is missing, and nothing is stored.
    await diary.save();
    await expect(page.getByText("Choose the muscle that cramped.")).toBeVisible();
    await expect(page.getByText("Answer yes or no.").first()).toBeVisible();

    const note = `Woke me at 3am ${unique()}`;
    await diary.choose("What were you doing", "At night, asleep");
    await diary.choose("Which muscle cramped", "Hamstring, outer side");
    await diary.choose("Which side", "Right");
    await diary.choose("How long did it last", "Other time");
    await page.getByLabel("Time it lasted").fill("12");
    await page.getByLabel("Unit").selectOption("minutes");
    await expect(page.getByText("Night cramps rarely last longer than 10 minutes.", { exact: false })).toBeVisible();
    await diary.choose("How bad was it", "7");
    await diary.choose("Did it stop what you were doing", "Yes");
    await diary.tick("What helped", "Gentle stretch");
    await diary.tick("What helped", "Walking");
    await diary.choose("Other symptoms such as feeling unwell", "No");
    await diary.tick("After the cramp, did you notice", "Tenderness that lasts");
    await page.getByLabel("Fluid you drank in the 24 hours before (ml)").fill("1500");
    await page.getByLabel("Notes").fill(note);
    await diary.save();

    await expect(page.getByRole("status").filter({ hasText: "Cramp saved: hamstring, outer side, right, 12 min, pain 7/10." })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Night cramps are rarely in the hamstrings. Tell your clinician about this cramp." })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Contact your clinic before you exercise that leg again." })).toBeVisible();
    // The form is fresh for the next cramp, and usable again.
    await expect(page.getByLabel("Notes")).toHaveValue("");
    await expect(page.getByRole("button", { name: "Save cramp" })).toBeEnabled();

    const newest = diary.pastCramps().first();
    await expect(newest).toContainText("Hamstring, outer side, right");
    await expect(newest).toContainText("At night, asleep · 12 min · pain 7/10 · stopped the activity");
    await expect(newest).toContainText("Helped: gentle stretch, walking");
    await expect(newest).toContainText(note);
    await expect(newest).toContainText("Important");
    await expectNoHorizontalScroll(page);
  });

  test("until the page's scripts have run, the cramp form cannot be used, so nothing chosen early is lost", async ({ asRole }) => {
    const page = await asRole("northsidePatient", ON_A_PHONE);
    // The server's HTML as a phone shows it while React has not yet hydrated it.
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    await page.goto("/portal/cramps");
    await expect(page.getByRole("button", { name: "Save cramp" })).toBeDisabled();
    await expect(page.getByRole("group", { name: /^Which muscle cramped/ }).getByRole("radio", { name: "Calf", exact: true })).toBeDisabled();
    await expect(page.getByLabel("Notes")).toBeDisabled();

    await page.unrouteAll();
    await new CrampDiaryPage(page).goto();
    await expect(page.getByLabel("Notes")).toBeEnabled();
  });

  test("a double tap on Save stores the cramp once", async ({ asRole }) => {
    const page = await asRole("northsidePatient", ON_A_PHONE);
    const diary = new CrampDiaryPage(page);
    await diary.goto();
    const note = `Double tap ${unique()}`;
    await diary.fillMildCalfCramp("Sitting", note);
    // The first save also loads the form's checks, so the second tap comes while the first is under way.
    await page.getByRole("button", { name: "Save cramp" }).dblclick();

    await expect(page.getByRole("status").filter({ hasText: "Cramp saved: calf, left, 30 s, pain 3/10." })).toBeVisible();
    await page.reload();
    await expect(diary.pastCramps().filter({ hasText: note })).toHaveCount(1);
  });

  test("the clinician asks for a LEFS, the patient answers 20 items on a phone, the clinician sees the total", async ({ asRole }) => {
    const clinician = await asRole("northsideClinician");
    const diaryUrl = await diaryUrlOf(clinician, "Lee, Jordan");
    await clinician.goto(diaryUrl);
    await clinician.getByRole("button", { name: "Ask for a LEFS" }).click();
    await expect(clinician.getByText("LEFS requested.")).toBeVisible();
    const lefsTable = clinician.getByRole("table", { name: "LEFS results, newest first" });
    await expect(lefsTable.locator("tbody tr").first()).toContainText("Incomplete (0/20)");
    await expectNoSeriousViolations(clinician);
    await clinician.getByRole("button", { name: "Ask for a LEFS" }).click();
    await expect(clinician.getByText(/is still waiting for the patient/)).toBeVisible();

    const patient = await asRole("northsidePatient", ON_A_PHONE);
    await patient.goto("/portal");
    await expect(patient.getByText("A questionnaire is waiting for you")).toBeVisible();
    await patient.getByRole("link", { name: "Fill in the LEFS" }).click();
    await patient.waitForURL(/\/portal\/questionnaires\/[0-9a-f-]{36}$/);
    await expectNoHorizontalScroll(patient);
    await expectNoSeriousViolations(patient);
    const lefs = new LefsPage(patient);
    await lefs.answerRange(1, 12, "No difficulty");
    await expect(patient.getByText("12 of 20 answered", { exact: true })).toBeVisible();

    // Progress is kept per item: after leaving, the patient resumes where they stopped.
    await patient.reload();
    await expect(patient.getByText("12 of 20 answered", { exact: true })).toBeVisible();
    await expect(lefs.item(12).getByRole("radio", { name: "No difficulty" })).toBeChecked();
    await expect(lefs.item(13).getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(patient.getByRole("link", { name: "Continue at question 13" })).toBeVisible();
    await clinician.reload();
    await expect(lefsTable.locator("tbody tr").first()).toContainText("Incomplete (12/20)");

    await lefs.answerRange(13, 20, "A little bit of difficulty");
    // 12 × 4 + 8 × 3
    await expect(patient.getByText("Your total: 72 out of 80")).toBeVisible();
    await patient.goto("/portal/questionnaires");
    await expect(patient.getByRole("list", { name: "Past results" })).toContainText("Total 72 / 80");
    await expect(patient.getByText("Nothing to fill in right now")).toBeVisible();
    await patient.goto("/portal/cramps");
    await expect(patient.getByRole("heading", { name: "Cramp diary" })).toBeVisible();
    await expect(patient.getByText("A questionnaire is waiting for you")).toHaveCount(0);

    await clinician.reload();
    const newest = lefsTable.locator("tbody tr").first();
    await expect(newest).toContainText("72 / 80");
    await expect(newest).not.toContainText("Incomplete");
  });

  test("another patient cannot read or change this patient's diary through pages, actions or URLs", async ({ asRole, replayActionAs }) => {
    // Patient A (Jordan Lee, Northside) logs a cramp and starts a LEFS; the actions they call are recorded.
    const clinician = await asRole("northsideClinician");
    const diaryUrl = await diaryUrlOf(clinician, "Lee, Jordan");
    await clinician.goto(diaryUrl);
    await clinician.getByRole("button", { name: "Ask for a LEFS" }).click();
    await expect(clinician.getByText(/LEFS requested|still waiting/)).toBeVisible();

    const patientA = await asRole("northsidePatient", ON_A_PHONE);
    const secret = `Private cramp ${unique()}`;
    const diary = new CrampDiaryPage(patientA);
    await diary.goto();
    await diary.fillMildCalfCramp("During exercise", secret);
    const crampCalls = await recordActionCalls(patientA);
    await diary.save();
    await expect(patientA.getByText(/Cramp saved/)).toBeVisible();

    await patientA.goto("/portal/questionnaires");
    await patientA.getByRole("link", { name: /(Start|Continue) the LEFS/ }).click();
    await patientA.waitForURL(/\/portal\/questionnaires\/[0-9a-f-]{36}$/);
    const questionnaireUrl = new URL(patientA.url()).pathname;
    const lefs = new LefsPage(patientA);
    const answerCalls = await recordActionCalls(patientA);
    await lefs.answer(1, "Moderate difficulty");
    const answered = await patientA.getByText(/of 20 answered/).innerText();

    // Patient B (Sam Taylor) tries every door.
    const patientB = await asRole("harbourPatient", ON_A_PHONE);
    await expectNotFound(patientB, questionnaireUrl);
    await expectNotFound(patientB, diaryUrl);
    await patientB.goto("/portal/cramps");
    await expect(patientB.getByRole("heading", { name: "Cramp diary" })).toBeVisible();
    await expect(patientB.getByText(secret)).toHaveCount(0);
    await patientB.goto("/portal/questionnaires");
    await expect(patientB.getByRole("link", { name: /the LEFS/ })).toHaveCount(0);

    const answer = answerCalls[0]!;
    const changedAnswer = { ...answer, body: answer.body.replace(/"item":1,"score":2/, '"item":2,"score":0') };
    expect(changedAnswer.body).toContain('"item":2');
    expect((await replayActionAs("harbourPatient", "/portal/questionnaires", changedAnswer)).text).toContain("does not exist or you do not have access");
    expect((await replayActionAs("harbourPatient", "/portal/cramps", crampCalls[0]!)).text).toContain("does not exist or you do not have access");

    // Nothing of A's changed, and B's diary gained nothing.
    await patientA.reload();
    await expect(patientA.getByText(answered)).toBeVisible();
    await expect(lefs.item(2).getByRole("radio", { checked: true })).toHaveCount(0);
    await patientB.goto("/portal/cramps");
    await expect(patientB.getByText(secret)).toHaveCount(0);

    // Leave A's questionnaire finished, so other specs see the portal as usual.
    await lefs.answerRange(2, 20, "No difficulty");
    await expect(patientA.getByText(/Your total: \d+ out of 80/)).toBeVisible();
  });
});
