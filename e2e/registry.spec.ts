import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { RegistryPage } from "./pages/registry-page";

test.use({ storageState: storageStateFor("northsideClinician") });

const toIso = (shown: string) => new Date(`${shown} UTC`).toISOString().slice(0, 10);

test.describe("patient registry", () => {
  test("searches by name and by record number, and says when nothing matches", async ({ page }) => {
    const registry = new RegistryPage(page);
    await registry.goto();
    await registry.search("Jordan Lee");
    await expect(registry.rows()).toHaveCount(1);
    await expect(registry.rows().first()).toContainText("Lee, Jordan");

    await registry.search("N-1001");
    await expect(registry.rows().first()).toContainText("N-1001");

    await registry.search("no such patient zzz");
    await expect(page.getByText("No active patients match “no such patient zzz”")).toBeVisible();
    await page.getByRole("button", { name: "Clear the search" }).click();
    await expect(registry.rows().first()).toBeVisible();
  });

  test("never lists another clinic's patients", async ({ page }) => {
    const registry = new RegistryPage(page);
    await registry.goto();
    await registry.search("Sam Taylor");
    await expect(page.getByText("No active patients match")).toBeVisible();
  });

  test("sorts by date of birth both ways, announcing the order", async ({ page }) => {
    const registry = new RegistryPage(page);
    await registry.goto();
    await registry.sortBy("Date of birth");
    await expect(page).toHaveURL(/sort=dateOfBirth/);
    await expect(page.getByRole("columnheader", { name: /Date of birth/ })).toHaveAttribute("aria-sort", "ascending");
    const ascending = (await registry.firstColumnValues(3)).map(toIso);
    expect(ascending).toEqual([...ascending].sort());

    await registry.sortBy("Date of birth");
    await expect(page).toHaveURL(/dir=desc/);
    await expect(page.getByRole("columnheader", { name: /Date of birth/ })).toHaveAttribute("aria-sort", "descending");
    const descending = (await registry.firstColumnValues(3)).map(toIso);
    expect(descending).toEqual([...descending].sort().reverse());
  });

  test("pages through results, and the state survives reload and the back button", async ({ page }) => {
    const registry = new RegistryPage(page);
    await registry.goto();
    await page.getByLabel("Rows per page").selectOption("10");
    await expect(page).toHaveURL(/pageSize=10/);
    await expect(registry.rows()).toHaveCount(10);
    await expect(page.getByText(/^1–10 of \d+$/)).toBeVisible();
    const firstPageNames = await registry.firstColumnValues(1);

    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    // Next seeks past the page's last patient by id (keyset), never by name.
    await expect(page).toHaveURL(/after=[0-9a-f-]{36}/);
    await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible();
    const secondPageNames = await registry.firstColumnValues(1);
    expect(secondPageNames.filter((name) => firstPageNames.includes(name))).toEqual([]);

    await page.reload();
    await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible();
    await expect(page.getByLabel("Rows per page")).toHaveValue("10");

    await page.goBack();
    await expect(page.getByText(/^1–10 of \d+$/)).toBeVisible();
  });

  test("jumps to the last page and steps back by cursor, and the links still work when shared", async ({ page }) => {
    const registry = new RegistryPage(page);
    await registry.goto("?pageSize=10");
    await page.getByRole("button", { name: "Last page" }).click();
    await expect(page).toHaveURL(/before=end/);
    await expect(page.getByText(/^Page ([\d,]+) of \1$/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
    const lastPageNames = await registry.firstColumnValues(1);

    await page.getByRole("button", { name: "Previous page" }).click();
    // The cursor is the first patient's id on the page left, never a name.
    await expect(page).toHaveURL(/before=[0-9a-f-]{36}/);
    await expect(registry.rows()).toHaveCount(10);
    const previousNames = await registry.firstColumnValues(1);
    expect(previousNames.filter((name) => lastPageNames.includes(name))).toEqual([]);

    const shared = page.url();
    // Next onto the last page asks for the end, like Last.
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/before=end/);
    await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
    expect((await registry.firstColumnValues(1)).filter((name) => previousNames.includes(name))).toEqual([]);

    await page.goto(shared);
    await expect(registry.rows().locator("td:nth-child(1)")).toHaveText(previousNames);
    await page.getByRole("button", { name: "First page" }).click();
    await expect(page.getByText(/^1–10 of \d+$/)).toBeVisible();
    await expect(page).not.toHaveURL(/page=|before=|after=/);
  });

  test("filters archived patients", async ({ page }) => {
    const registry = new RegistryPage(page);
    await registry.goto();
    await page.getByLabel("Status").selectOption("archived");
    await expect(page).toHaveURL(/status=archived/);
    await expect(registry.rows().first()).toBeVisible();
    for (const status of await registry.firstColumnValues(5)) expect(status).toBe("Archived");
  });
});
