/**
 * The clinic's outgoing e-mail (admins): a message whose sending gave up is listed as not delivered
 * with the server's last refusal, and "Send again" queues it once more; it then waits. The e2e server
 * has no SMTP_URL, so the page also says e-mail is off and no worker takes the job.
 */
import { createPrismaClient } from "@/prisma/factories";
import { unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/roles";

/** A Northside message that never went: its row PENDING after 25 tries, and no job left in the queue. */
async function undeliveredMessage(to: string): Promise<void> {
  const db = createPrismaClient();
  try {
    const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
    await db.mailMessage.create({
      data: { clinicId: clinic.id, idempotencyKey: `e2e:${unique()}`, kind: "APPOINTMENT_CONFIRMATION", toAddress: to, payload: {}, attempts: 25, lastError: "Error: ECONNREFUSED" },
    });
  } finally {
    await db.$disconnect();
  }
}

test.describe("outgoing e-mail", () => {
  test("an admin sees a message that was not delivered, at a phone's width, and sends it again", async ({ asRole }) => {
    const to = `outbox-${unique()}@test.example`;
    await undeliveredMessage(to);
    const page = await asRole("northsideAdmin", { viewport: { width: 375, height: 800 } });
    await page.goto("/mail");
    await expect(page.getByRole("heading", { name: "E-mail", level: 1 })).toBeVisible();
    await expect(page.getByText(/E-mail is off: no mail server is set/)).toBeVisible();
    const states = page.getByRole("navigation", { name: "Messages by state" });
    await expect(states.getByRole("link", { name: /^Not delivered \(\d+\)$/ })).toHaveAttribute("aria-current", "page");

    const row = page.getByRole("row", { name: new RegExp(to) });
    await expect(row.getByRole("rowheader")).toHaveText("Visit confirmation");
    await expect(row).toContainText("Error: ECONNREFUSED");
    await expectNoSeriousViolations(page);

    await row.getByRole("button", { name: `Send again Visit confirmation to ${to}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(to) })).toHaveCount(0);
    await states.getByRole("link", { name: /^Waiting/ }).click();
    await expect(page).toHaveURL(/\/mail\?state=waiting$/);
    await expect(page.getByRole("row", { name: new RegExp(to) }).getByText(/^Next try /)).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("clinicians and patients get 404 for the page and see no link to it", async ({ asRole }) => {
    const clinician = await asRole("northsideClinician");
    expect((await clinician.goto("/mail"))?.status()).toBe(404);
    await clinician.goto("/dashboard");
    await expect(clinician.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "E-mail" })).toHaveCount(0);
    const patient = await asRole("northsidePatient");
    expect((await patient.goto("/mail"))?.status()).toBe(404);
  });
});
