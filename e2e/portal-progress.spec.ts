import { ACCOUNTS, storageStateFor } from "./fixtures/accounts";
import { createProgressPatient, jordanLeeKneeExtension } from "./fixtures/portal-progress-data";
import { expect, test } from "./fixtures/roles";
import { PortalProgressPage } from "./pages/portal-progress-page";

test.describe("portal progress", () => {
  test.use({ viewport: PortalProgressPage.viewport });

  test.describe("as Jordan Lee", () => {
    test.use({ storageState: storageStateFor("northsidePatient") });

    test("shows his own measures in plain words and no one else's name", async ({ page }) => {
      const other = await createProgressPatient({ episode: true, logs: true });
      const ake = await jordanLeeKneeExtension();
      const progress = new PortalProgressPage(page);
      await progress.goto();

      const measures = progress.section("What your exercises are working on");
      await expect(measures.getByRole("heading", { name: "Hamstring flexibility" })).toBeVisible();
      await expect(measures.getByText(`Your ${ake.side} hamstring flexibility has improved by ${ake.first - ake.latest}° since you started.`)).toBeVisible();
      // Test names and abbreviations stay on the clinician's side.
      await expect(page.getByText(/\bAKE\b|\bMDC\b|\bLSI\b/)).toHaveCount(0);
      await expect(page.getByText(other.fullName)).toHaveCount(0);
      await expect(page.getByText(other.recordNumber)).toHaveCount(0);
      await progress.expectNoHorizontalScroll();
    });
  });

  test("a patient who logs sees their week, their 4-week trend and their pain going down, and nothing of Jordan's", async ({ asRole }) => {
    test.slow();
    const patient = await createProgressPatient({ episode: true, logs: true });
    const ake = await jordanLeeKneeExtension();
    const progress = await PortalProgressPage.signedIn(asRole, patient.email);
    await progress.goto();

    const sessions = progress.section("Your sessions");
    // One denominator (issue 11): the daily stretch is due once a day from Monday to today.
    const due = `${patient.loggedToday} ${patient.loggedToday === 1 ? "session" : "sessions"}`;
    await expect(sessions.getByText(`You have done ${patient.loggedToday} of the ${due} due by today.`)).toBeVisible();
    await expect(sessions.getByText("Over the last 4 weeks you did 14 of the 28 sessions planned. Going up: from 0 % to 100 % a week.")).toBeVisible();
    const weeks = sessions.getByRole("list", { name: "Sessions done each week" }).getByRole("listitem");
    await expect(weeks).toHaveCount(4);
    await expect(weeks.last()).toContainText("7 of 7 (100 %)");

    const pain = progress.section("Pain");
    await expect(pain.getByText("Going down: from 6 to 3 out of 10 on average.")).toHaveCount(2);
    await expect(pain.getByRole("list", { name: "During your exercises: average pain each week" }).getByRole("listitem").last()).toContainText("3 out of 10");

    // One assessment so far: nothing to compare yet.
    await expect(progress.section("What your exercises are working on").getByText("Your clinician will re-test you; your progress will show here.")).toBeVisible();
    await expect(progress.page.getByText(ACCOUNTS.northsidePatient.name)).toHaveCount(0);
    await expect(progress.page.getByText(`improved by ${ake.first - ake.latest}°`)).toHaveCount(0);
    await progress.expectNoHorizontalScroll();
  });

  test("says what to do when nothing is logged yet", async ({ asRole }) => {
    test.slow();
    const notLogging = await createProgressPatient({ episode: true, logs: false });
    const progress = await PortalProgressPage.signedIn(asRole, notLogging.email);
    await progress.goto();
    await expect(progress.page.getByText("Log your exercises on My plan to see your progress here.")).toBeVisible();
    await expect(progress.section("Pain")).toHaveCount(0);
    const planLink = progress.page.getByRole("link", { name: "Go to My plan" });
    expect((await planLink.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await planLink.click();
    await expect(progress.page).toHaveURL(/\/portal$/);
  });

  test("says so when the patient has no plan yet", async ({ asRole }) => {
    test.slow();
    const noPlan = await createProgressPatient({ episode: false, logs: false });
    const progress = await PortalProgressPage.signedIn(asRole, noPlan.email);
    await progress.goto();
    await expect(progress.page.getByText("No treatment plan yet")).toBeVisible();
    await progress.expectNoHorizontalScroll();
  });

  test.describe("as a clinician", () => {
    test.use({ storageState: storageStateFor("northsideClinician") });

    test("the patient's progress page does not exist for staff", async ({ page }) => {
      const response = await page.goto("/portal/progress");
      expect(response?.status()).toBe(404);
    });
  });
});
