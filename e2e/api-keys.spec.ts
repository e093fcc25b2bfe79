import { createPrismaClient } from "@/prisma/factories";
import { ACCOUNTS, unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/roles";

/** The seeded portal patients of each clinic: the key of one clinic reads only the first. */
async function patientIds() {
  const db = createPrismaClient();
  try {
    const find = (email: string) => db.patient.findFirstOrThrow({ where: { portalUser: { email } }, select: { id: true } });
    return { own: (await find(ACCOUNTS.northsidePatient.email)).id, foreign: (await find(ACCOUNTS.harbourPatient.email)).id };
  } finally {
    await db.$disconnect();
  }
}

test.describe("FHIR API keys", () => {
  test("an admin creates a key, sees it once, reads a patient with it, and revokes it", async ({ asRole, playwright, baseURL }) => {
    test.slow();
    const ids = await patientIds();
    const page = await asRole("northsideAdmin", { viewport: { width: 1280, height: 800 } });
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" }).click();
    await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);

    // The name is required, on its field.
    const form = page.getByRole("form", { name: "Create API key" });
    await form.getByRole("button", { name: "Create API key" }).click();
    await expect(form.getByText("Enter a name that says which system will use the key.")).toBeVisible();
    await expect(form.getByLabel("Key name")).toHaveAttribute("aria-invalid", "true");

    const name = `EHR sync ${unique()}`;
    await form.getByLabel("Key name").fill(name);
    await form.getByRole("button", { name: "Create API key" }).click();
    const created = page.getByRole("region", { name: "New API key" });
    await expect(created.getByText("you will not see it again")).toBeVisible();
    const token = await created.getByLabel(/^Key \(copy it now/).inputValue();
    expect(token).toMatch(/^rhb_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await expectNoSeriousViolations(page);

    const api = await playwright.request.newContext({ baseURL });
    const withKey = (key: string) => ({ headers: { Authorization: `Bearer ${key}` } });
    try {
      const metadata = await api.get("/fhir/R4/metadata");
      expect(metadata.status()).toBe(200);
      expect(metadata.headers()["content-type"]).toContain("application/fhir+json");
      expect(await metadata.json()).toMatchObject({ resourceType: "CapabilityStatement", fhirVersion: "4.0.1", kind: "instance" });

      const unauthenticated = await api.get(`/fhir/R4/Patient/${ids.own}`);
      expect(unauthenticated.status()).toBe(401);
      expect(unauthenticated.headers()["www-authenticate"]).toContain("Bearer");

      const patient = await api.get(`/fhir/R4/Patient/${ids.own}`, withKey(token));
      expect(patient.status()).toBe(200);
      expect(patient.headers()["content-type"]).toContain("application/fhir+json");
      expect(await patient.json()).toMatchObject({ resourceType: "Patient", id: ids.own });

      // The other clinic's patient, a made-up id and a malformed one answer alike.
      for (const id of [ids.foreign, crypto.randomUUID(), "not-an-id"]) {
        const missing = await api.get(`/fhir/R4/Patient/${id}`, withKey(token));
        expect(missing.status(), id).toBe(404);
        expect(await missing.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "not-found" }] });
      }
      const everything = await api.get(`/fhir/R4/Patient/${ids.own}/$everything`, withKey(token));
      expect(everything.status()).toBe(200);
      expect(await everything.json()).toMatchObject({ resourceType: "Bundle", type: "collection", entry: expect.arrayContaining([expect.objectContaining({ resource: expect.objectContaining({ resourceType: "Patient", id: ids.own }) })]) });
      const search = await api.get(`/fhir/R4/Observation?patient=${ids.own}`, withKey(token));
      expect(search.status()).toBe(200);
      expect(await search.json()).toMatchObject({ resourceType: "Bundle", type: "searchset" });
      expect((await api.get("/fhir/R4/Observation", withKey(token))).status()).toBe(400);

      // Shown once: after a reload only the prefix is left, and the table says it was used.
      await page.reload();
      await expect(page.getByRole("region", { name: "New API key" })).toHaveCount(0);
      await expect(page.getByText(token)).toHaveCount(0);
      const row = page.getByRole("row", { name: new RegExp(name) });
      await expect(row).toContainText(token.slice(0, 16));
      await expect(row).toContainText("Active");
      await expect(row).not.toContainText("Never");

      // The reads are on the Activity page, by the key.
      await page.goto("/activity");
      // In the table (the Person filter also offers the key, as a hidden <option>).
      await expect(page.getByRole("row").filter({ hasText: `API key: ${name}` }).first()).toBeVisible();

      await page.goto("/api-keys");
      await row.getByRole("button", { name: `Revoke ${name}` }).click();
      const confirm = page.getByRole("group", { name: `Confirm revoking ${name}` });
      await confirm.getByRole("button", { name: "Revoke key" }).click();
      await expect(row).toContainText("Revoked");
      await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);

      const revoked = await api.get(`/fhir/R4/Patient/${ids.own}`, withKey(token));
      expect(revoked.status()).toBe(401);
      expect(await revoked.json()).toMatchObject({ resourceType: "OperationOutcome" });
    } finally {
      await api.dispose();
    }
  });

  test("clinicians and patients get 404 for the page and see no link to it", async ({ asRole }) => {
    const clinician = await asRole("northsideClinician");
    expect((await clinician.goto("/api-keys"))?.status()).toBe(404);
    await clinician.goto("/dashboard");
    await expect(clinician.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" })).toHaveCount(0);
    const patient = await asRole("northsidePatient");
    expect((await patient.goto("/api-keys"))?.status()).toBe(404);
  });
});
