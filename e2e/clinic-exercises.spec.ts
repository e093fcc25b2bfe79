import { unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, recordActionCalls, test } from "./fixtures/roles";
import { openEpisodeForNewPatient } from "./pages/episode-page";
import { ExerciseLibraryPage } from "./pages/exercise-library-page";

test.describe("clinic exercises", () => {
  test("an admin adds one; a clinician sees it read-only, prescribes and prints it; another clinic never sees it", async ({ asRole }) => {
    // Three accounts, a program save and a print view: longer than the default budget.
    test.slow();
    const name = `Heel slide ${unique()}`;
    const admin = await asRole("northsideAdmin");
    const adminLibrary = new ExerciseLibraryPage(admin);
    await adminLibrary.goto();
    await admin.getByRole("link", { name: "Add exercise" }).click();
    await expect(admin.getByRole("heading", { name: "Add exercise" })).toBeVisible();
    await expectNoSeriousViolations(admin);
    await adminLibrary.fillForm(name);
    await admin.getByRole("button", { name: "Add exercise" }).click();
    await admin.waitForURL(/\/exercises$/);
    await adminLibrary.search(name);
    await expect(adminLibrary.rows()).toHaveCount(1);
    await expect(adminLibrary.row(name)).toContainText("Clinic");
    await expect(adminLibrary.row(name)).toContainText("Clinic protocol 2026");
    // Word boundaries: the random suffix of the name can itself hold "CX" and digits.
    const code = /\bCX\d{2,}\b/.exec(await adminLibrary.row(name).innerText())?.[0];
    expect(code).toBeDefined();
    const editUrl = await adminLibrary.row(name).getByRole("link", { name: `Edit ${name}` }).getAttribute("href");
    expect(editUrl).toMatch(/^\/exercises\/[0-9a-f-]{36}\/edit$/);

    // A clinician of the same clinic finds it among the library's, with no way to change it.
    const clinician = await asRole("northsideClinician");
    const library = new ExerciseLibraryPage(clinician);
    await library.goto();
    await clinician.getByLabel("Source").selectOption("clinic");
    await library.search(name);
    await expect(library.row(name)).toContainText("Clinic");
    await expect(clinician.getByRole("link", { name: "Add exercise" })).toHaveCount(0);
    await expect(clinician.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
    expect((await clinician.goto("/exercises/new"))?.status()).toBe(404);
    expect((await clinician.goto(editUrl!))?.status()).toBe(404);

    // …prescribes it in a program, where the library's phase rules apply, and prints it with the clinic pictogram.
    const { episodeUrl } = await openEpisodeForNewPatient(clinician, "Custom");
    await clinician.goto(`${episodeUrl}/program`);
    await clinician.getByLabel("Add an exercise").selectOption({ label: `${name} (${code})` });
    await clinician.getByRole("button", { name: "Add", exact: true }).click();
    const item = clinician.getByRole("list", { name: "Program exercises" }).getByRole("listitem").filter({ hasText: name });
    await expect(item.getByLabel(`Reps for ${name}`)).toHaveValue("10");
    await clinician.getByRole("button", { name: /^Save/ }).click();
    await expect(clinician.getByText("Saved as version 1.")).toBeVisible();
    await clinician.goto(`${episodeUrl}/program/print`);
    const printed = clinician.getByRole("listitem").filter({ hasText: name });
    await expect(printed).toContainText("2 × 10, 3× a week");
    await expect(printed.getByRole("img", { name: `Drawing: ${name}` })).toHaveAttribute("src", "/exercises/custom.svg");
    const picture = await clinician.request.get("/exercises/custom.svg");
    expect(picture.status()).toBe(200);
    expect(picture.headers()["content-type"]).toContain("image/svg+xml");

    // Another clinic's clinician neither sees it nor reaches its page.
    const harbour = await asRole("harbourClinician");
    const harbourLibrary = new ExerciseLibraryPage(harbour);
    await harbourLibrary.goto();
    await harbourLibrary.search(name);
    await expect(harbour.getByText("No exercise matches these filters")).toBeVisible();
    expect((await harbour.goto(editUrl!))?.status()).toBe(404);
  });

  test("an edit leaves the program version and handout that gave the exercise as they were; a new version shows the edit", async ({ asRole }) => {
    test.slow();
    const name = `Heel slide ${unique()}`;
    const renamed = `${name} on a towel`;
    const admin = await asRole("northsideAdmin");
    const adminLibrary = new ExerciseLibraryPage(admin);
    await adminLibrary.add(name);
    await adminLibrary.search(name);
    const code = /\bCX\d{2,}\b/.exec(await adminLibrary.row(name).innerText())?.[0];

    const clinician = await asRole("northsideClinician");
    const { episodeUrl } = await openEpisodeForNewPatient(clinician, "Versioned");
    await clinician.goto(`${episodeUrl}/program`);
    await clinician.getByLabel("Add an exercise").selectOption({ label: `${name} (${code})` });
    await clinician.getByRole("button", { name: "Add", exact: true }).click();
    await clinician.getByRole("button", { name: /^Save/ }).click();
    await expect(clinician.getByText("Saved as version 1.")).toBeVisible();

    await adminLibrary.row(name).getByRole("link", { name: `Edit ${name}` }).click();
    // On the edit page before filling: the library's "Open …" links carry exercise names in their labels.
    await admin.waitForURL(/\/edit$/);
    await admin.getByLabel("Name").fill(renamed);
    await admin.getByLabel("Instructions for the patient").fill("Sit on a chair with a towel under your heel and slide it forwards and back.");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await admin.waitForURL(/\/exercises$/);

    for (const url of [`${episodeUrl}/program/print`, `${episodeUrl}/program/versions/1`]) {
      await clinician.goto(url);
      const main = clinician.getByRole("main");
      await expect(main.getByRole("heading", { level: 3 })).toHaveText([`1. ${name}`]);
      await expect(main).toContainText("Lie on your back with knees bent");
      await expect(main).not.toContainText(renamed);
      await expect(main).not.toContainText("towel under your heel");
    }

    // A version saved after the edit gives the exercise as edited.
    await clinician.goto(`${episodeUrl}/program`);
    await clinician.getByLabel(`Reps for ${renamed}`).fill("8");
    await clinician.getByRole("button", { name: /^Save/ }).click();
    await expect(clinician.getByText("Saved as version 2.")).toBeVisible();
    await clinician.goto(`${episodeUrl}/program/print`);
    await expect(clinician.getByRole("main")).toContainText(renamed);
    await expect(clinician.getByRole("main")).toContainText("towel under your heel");
  });

  test("a clinician replaying the admin's add-exercise call is refused and nothing is stored", async ({ asRole, replayActionAs }) => {
    const name = `Injected ${unique()}`;
    const admin = await asRole("northsideAdmin");
    await admin.goto("/exercises/new");
    const calls = await recordActionCalls(admin, { block: true });
    await new ExerciseLibraryPage(admin).fillForm(name);
    await admin.getByRole("button", { name: "Add exercise" }).click();
    await expect.poll(() => calls[0]).toBeDefined();

    const replayed = await replayActionAs("northsideClinician", "/exercises/new", calls[0]!);
    expect(replayed.text).toContain("does not exist or you do not have access");

    const library = new ExerciseLibraryPage(admin);
    await library.goto();
    await library.search(name);
    await expect(admin.getByText("No exercise matches these filters")).toBeVisible();
  });

  test("an admin's edit made on an outdated page is refused, and a broken rule is explained at its field", async ({ asRole }) => {
    const name = `Band bridge ${unique()}`;
    const admin = await asRole("northsideAdmin");
    const library = new ExerciseLibraryPage(admin);
    await library.add(name);
    await library.search(name);
    await library.row(name).getByRole("link", { name: `Edit ${name}` }).click();
    await expect(admin.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();
    await expectNoSeriousViolations(admin);

    // A second tab saves first; this one's save is then refused instead of overwriting.
    const other = await admin.context().newPage();
    await other.goto(admin.url());
    await other.getByLabel("Reps").fill("12");
    await other.getByRole("button", { name: "Save changes" }).click();
    await other.waitForURL(/\/exercises$/);
    await admin.getByLabel("Name").fill(`${name} (renamed)`);
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByRole("alert").filter({ hasText: "Someone else changed this record" })).toBeVisible();

    await admin.reload();
    await expect(admin.getByLabel("Reps")).toHaveValue("12");
    await expect(admin.getByLabel("Name")).toHaveValue(name);
    await admin.getByRole("checkbox", { name: "Heavy or lengthening load" }).check();
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByText("Heavy or lengthening work is never allowed in the acute phase")).toBeVisible();
  });

  test("archiving takes an exercise out of the library until an admin restores it", async ({ asRole }) => {
    const name = `Band row ${unique()}`;
    const admin = await asRole("northsideAdmin");
    const library = new ExerciseLibraryPage(admin);
    await library.add(name);
    await library.search(name);
    await library.row(name).getByRole("link", { name: `Edit ${name}` }).click();
    await admin.getByRole("button", { name: "Archive exercise" }).click();
    await admin.getByRole("group", { name: "Confirm archive" }).getByRole("button", { name: "Archive" }).click();
    await expect(admin.getByText("Archived", { exact: true })).toBeVisible();

    await library.goto();
    await library.search(name);
    await expect(admin.getByText("No exercise matches these filters")).toBeVisible();
    await admin.getByRole("region", { name: "Archived clinic exercises" }).getByRole("link", { name: `Open ${name}` }).click();
    await admin.getByRole("button", { name: "Restore exercise" }).click();
    await expect(admin.getByRole("button", { name: "Archive exercise" })).toBeVisible();
    await library.goto();
    await library.search(name);
    await expect(library.rows()).toHaveCount(1);
  });
});
