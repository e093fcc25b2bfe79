import { expect, test } from "./fixtures/roles";
import type { Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { openEpisodeForNewPatient } from "./pages/episode-page";

test.use({ storageState: storageStateFor("northsideClinician") });

const BALANCE = "Single-limb balance (eyes open → closed)";
const FOAM_ROLLING = "Foam rolling / self-massage (hamstrings, glutes, hip flexors)";
const holdOfBalance = (page: Page) => page.getByLabel(`Hold (s) for ${BALANCE}`);
const whyOf = (page: Page, exercise: string) => page.getByLabel(`Why, for the patient (${exercise})`, { exact: true });
const save = (page: Page) => page.getByRole("button", { name: /^Save/ }).click();

test.describe("exercise programs", () => {
  test("assign the acute template, guard the Nordic and load rises, keep versions, advance, print", async ({ page }) => {
    const { episodeUrl } = await openEpisodeForNewPatient(page, "Program");
    await page.getByRole("link", { name: "Exercise program" }).click();
    await expect(page.getByText("No program saved yet")).toBeVisible();

    await page.getByRole("button", { name: "Use template: Acute: protection and pain-free movement" }).click();
    await expect(page.getByRole("list", { name: "Program exercises" }).getByRole("listitem")).toHaveCount(7);
    // The template fills each item's dose and why: the balance drill's 4 × 20 s daily [S12] and its purpose.
    await expect(holdOfBalance(page)).toHaveValue("20");
    await expect(whyOf(page, BALANCE)).toHaveValue("to train your balance and the control of your trunk and hip");
    // The why is the clinician's to edit, within 300 characters, with the message at the field.
    await whyOf(page, BALANCE).fill("x".repeat(301));
    await save(page);
    await expect(page.getByText("Keep the why for the patient to 300 characters or fewer.")).toBeVisible();
    await whyOf(page, BALANCE).fill("so you can stand steady on the injured leg again");
    await save(page);
    await expect(page.getByText("Saved as version 1.")).toBeVisible();

    // The Nordic hamstring exercise is not allowed in the acute phase without a reason.
    await page.getByLabel("Add an exercise").selectOption({ label: "Nordic hamstring exercise (EX30)" });
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByText("Not allowed in this phase: prescribing it needs a reason.")).toBeVisible();
    await save(page);
    await expect(page.getByText("Nordic hamstring exercise is not allowed in the acute phase. Give a reason to prescribe it anyway.")).toBeVisible();
    await page.getByRole("button", { name: "Remove Nordic hamstring exercise" }).click();

    // Added by hand, foam rolling starts with its purpose and its time per muscle (domain.md EX13, 30–120 s [S50]).
    await page.getByLabel("Add an exercise").selectOption({ label: `${FOAM_ROLLING} (EX13)` });
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByLabel(`Time (s) for ${FOAM_ROLLING}`)).toHaveValue("30");
    await expect(whyOf(page, FOAM_ROLLING)).toHaveValue("to help your hamstring, buttock and hip muscles move through a fuller range");

    // +25 % warns; +40 % needs a reason.
    await holdOfBalance(page).fill("25");
    await expect(page.getByText(/Weekly load \+25 % over the last week\. Above the 10 % convention\./)).toBeVisible();
    await holdOfBalance(page).fill("28");
    await expect(page.getByText(/Weekly load \+40 % over 2 weeks\. Above 30 %: give a reason\./)).toBeVisible();
    await save(page);
    await expect(page.getByText(`The weekly load of ${BALANCE} rises by 40 % over 2 weeks. Above 30 %, give a reason.`)).toBeVisible();
    await page.getByLabel(`Reason for raising the load of ${BALANCE}`).fill("Steady for a week, no pain the next morning");
    await save(page);
    await expect(page.getByText("Saved as version 2.")).toBeVisible();

    // The previous version stays readable.
    await page.getByRole("link", { name: "Version 1" }).click();
    await expect(page.getByRole("heading", { name: "Version 1" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: BALANCE })).toContainText("hold 20 s");

    // The gate checklist, then the clinician advances the phase.
    await page.goto(episodeUrl);
    await expect(page.getByRole("heading", { name: "Ready to leave acute / protection?" })).toBeVisible();
    await page.getByLabel(/Note for the phase history/).fill("Pain-free resisted knee flexion in clinic");
    await page.getByRole("button", { name: "Move to subacute / chronic" }).click();
    await expect(page.getByRole("heading", { name: "Ready to leave subacute / chronic?" })).toBeVisible();

    await page.goto(`${episodeUrl}/program/print`);
    await expect(page.getByRole("heading", { name: /Exercise program for Emery Program/ })).toBeVisible();
    const balance = page.getByRole("listitem").filter({ hasText: BALANCE });
    await expect(balance).toContainText("4 sets, hold 28 s, 7× a week");
    await expect(balance).toContainText("Why: so you can stand steady on the injured leg again");
    const rolling = page.getByRole("listitem").filter({ hasText: FOAM_ROLLING });
    await expect(rolling).toContainText("1 set of 30 s per muscle, 3× a week");
    await expect(rolling).toContainText("Why: to help your hamstring, buttock and hip muscles move through a fuller range");
  });

  test("another clinic's clinician gets 404 on the program, its versions and the handout", async ({ page, asRole }) => {
    const { episodeUrl } = await openEpisodeForNewPatient(page, "Private");
    await page.goto(`${episodeUrl}/program`);
    await page.getByRole("button", { name: "Use template: Acute: protection and pain-free movement" }).click();
    await save(page);
    await expect(page.getByText("Saved as version 1.")).toBeVisible();

    const harbour = await asRole("harbourClinician");
    for (const url of [`${episodeUrl}/program`, `${episodeUrl}/program/versions/1`, `${episodeUrl}/program/print`]) {
      expect((await harbour.goto(url))?.status(), url).toBe(404);
    }
  });
});

test("the exercise library filters by text, target and allowed phase", async ({ page }) => {
  await page.goto("/exercises");
  const rows = page.getByRole("table", { name: "Exercise library" }).locator("tbody tr");
  await page.getByLabel("Source").selectOption("shared");
  await expect(rows).toHaveCount(40);
  await page.getByLabel("Search exercises").fill("nordic");
  await expect(rows).toHaveCount(1);
  await page.getByLabel("Allowed in phase").selectOption("ACUTE");
  await expect(page.getByText("No exercise matches these filters")).toBeVisible();
  await page.getByLabel("Search exercises").fill("");
  await page.getByLabel("Target").selectOption("GLUTEUS_MEDIUS");
  await expect(rows.first()).toBeVisible();
  for (const targets of await rows.locator("td:nth-child(3)").allInnerTexts()) expect(targets).toContain("Gluteus medius");
  for (const phases of await rows.locator("td:nth-child(4)").allInnerTexts()) expect(phases).toContain("Acute");
});

test.describe("clinic templates", () => {
  test("an admin creates a template that clinicians can then use; clinicians cannot open the page", async ({ asRole }) => {
    const admin = await asRole("northsideAdmin");
    await admin.goto("/templates");
    const name = `Sprint return ${Date.now()}`;
    await admin.getByLabel("Name").fill(name);
    await admin.getByLabel(/^Phase/).selectOption("ACUTE");
    for (const exercise of ["Supine isometric heel digs (EX03)", "Stationary bike (EX05)"]) {
      await admin.getByLabel("Add an exercise allowed in this phase").selectOption({ label: exercise });
      await admin.getByRole("button", { name: "Add to template" }).click();
    }
    // Each exercise starts from its default dose and purpose; the admin changes them.
    await expect(admin.getByLabel("Time (s) for Stationary bike in the template")).toHaveValue("600");
    await admin.getByLabel("Sets for Supine isometric heel digs in the template").fill("3");
    await admin.getByLabel("Why, for the patient (Stationary bike in the template)").fill("to keep you fit while the hamstring heals");
    await admin.getByRole("button", { name: "Save template" }).click();
    await expect(admin.getByText(`Template “${name}” saved.`)).toBeVisible();
    const saved = admin.getByRole("list", { name: "This clinic’s templates" }).getByRole("listitem").filter({ hasText: name });
    await expect(saved).toContainText("Supine isometric heel digs: 3 sets, hold 10 s, 7× a week");
    await expect(saved).toContainText("Stationary bike: 10 min · Why: to keep you fit while the hamstring heals");

    const clinician = await asRole("northsideClinician");
    expect((await clinician.goto("/templates"))?.status()).toBe(404);
    const { episodeUrl } = await openEpisodeForNewPatient(clinician, "Templated");
    await clinician.goto(`${episodeUrl}/program`);
    await clinician.getByRole("button", { name: `Use template: ${name}` }).click();
    await expect(clinician.getByRole("list", { name: "Program exercises" }).getByRole("listitem")).toHaveCount(2);
    // Applying the template fills the editor with its doses and whys.
    await expect(clinician.getByLabel("Sets for Supine isometric heel digs")).toHaveValue("3");
    await expect(whyOf(clinician, "Stationary bike")).toHaveValue("to keep you fit while the hamstring heals");
    await expect(whyOf(clinician, "Supine isometric heel digs")).toHaveValue("to start working your hamstring gently, with holds that do not hurt");
  });
});
