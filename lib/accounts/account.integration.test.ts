import { randomUUID } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/core/auth/credentials";
import { viewerForSession } from "@/lib/core/auth/session";
import { AppError } from "@/lib/core/errors";
import { resetMailTransport, sendMail } from "@/lib/core/mail";
import { renderMail } from "@/lib/mail/messages";
import { acceptInvitation, invitePatient, issuePatientPasswordReset } from "@/lib/invitations/mutations";
import { createPatient } from "@/lib/patients/mutations";
import { DEMO_PASSWORD } from "@/prisma/factories";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { unsafeGetPasswordLinkPage } from "./data";
import { changeOwnPassword, setPasswordWithLink } from "./mutations";

type Clinic = TestClinic;
let clinicA: Clinic;
let clinicB: Clinic;

beforeAll(async () => {
  [clinicA, clinicB] = await Promise.all([createTestClinic(), createTestClinic()]);
});

afterAll(async () => {
  await testDb.$disconnect();
});

const NEW_PASSWORD = "quiet-harbour-lantern";

describe("changeOwnPassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const { clinicianEmail } = await createTestClinic();
    const user = await testDb.user.findUniqueOrThrow({ where: { email: clinicianEmail }, select: { id: true, passwordHash: true, sessionGeneration: true } });
    const result = await changeOwnPassword(user.id, { currentPassword: "not-it-at-all", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toEqual({ ok: false, fieldErrors: { currentPassword: ["That is not your current password."] } });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionGeneration: true } })).toEqual({
      passwordHash: user.passwordHash,
      sessionGeneration: user.sessionGeneration,
    });
  });

  it("with the right current password: the new one signs in, the old one does not, and every old session ends", async () => {
    const { clinicianEmail } = await createTestClinic();
    const session = await authenticate({ email: clinicianEmail, password: DEMO_PASSWORD });
    const result = await changeOwnPassword(session!.id, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toMatchObject({ ok: true });
    expect(await viewerForSession(session!)).toBeNull();
    expect(await authenticate({ email: clinicianEmail, password: DEMO_PASSWORD })).toBeNull();
    expect(await authenticate({ email: clinicianEmail, password: NEW_PASSWORD })).not.toBeNull();
    expect(await testDb.auditEvent.count({ where: { entityType: "UserPassword", entityId: session!.id } })).toBe(1);
  });
});

/** A patient of clinic A with a portal account set up through an invitation. */
async function portalPatient() {
  const created = await createPatient(clinicA.scope, patientFields());
  if (!created.ok) throw new Error("no patient");
  const email = `patient-${randomUUID()}@test.example`;
  const invitation = await invitePatient(clinicA.scope, { patientId: created.value.id, email });
  if (!invitation.ok) throw new Error("no invitation");
  await acceptInvitation({ token: invitation.value.token, password: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD });
  return { patientId: created.value.id, email };
}

describe("issuePatientPasswordReset", () => {
  it("gives the clinic a one-time link that sets the patient's new password; another clinic gets NOT_FOUND", async () => {
    const { patientId, email } = await portalPatient();
    await expect(issuePatientPasswordReset(clinicB.scope, { patientId })).rejects.toEqual(new AppError("NOT_FOUND"));

    const reset = await issuePatientPasswordReset(clinicA.scope, { patientId });
    if (!reset.ok) throw new Error(JSON.stringify(reset.fieldErrors));
    expect(reset.value.email).toBe(email);
    expect(await unsafeGetPasswordLinkPage(reset.value.token)).toMatchObject({ usable: true, purpose: "RESET", email });
    expect((await setPasswordWithLink({ token: reset.value.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).ok).toBe(true);
    expect(await authenticate({ email, password: NEW_PASSWORD })).toMatchObject({ role: "PATIENT", patientId });
    expect((await setPasswordWithLink({ token: reset.value.token, password: `${NEW_PASSWORD}-2`, confirmPassword: `${NEW_PASSWORD}-2` })).ok).toBe(false);
  }, 30_000);

  it("refuses a patient without portal access", async () => {
    const created = await createPatient(clinicA.scope, patientFields());
    if (!created.ok) throw new Error("no patient");
    expect(await issuePatientPasswordReset(clinicA.scope, { patientId: created.value.id })).toMatchObject({ ok: false, fieldErrors: { _form: [expect.stringContaining("no portal account")] } });
  });
});

describe("password-link e-mail through SMTP", () => {
  it("reaches a local SMTP server as plain text and HTML with the link, and nothing clinical", async () => {
    const received: ParsedMail[] = [];
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    sink.listen(0, "127.0.0.1");
    await once(sink.server, "listening");
    const { port } = sink.server.address() as AddressInfo;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.MAIL_FROM = "Northside Physio <clinic@northside.example>";
    resetMailTransport();
    try {
      const link = `https://rehabit.example/set-password/${"a".repeat(43)}`;
      await sendMail({ to: "jo@patient.example", ...renderMail({ kind: "PASSWORD_RESET", clinicName: "Northside Physio", link }) });
      expect(received).toHaveLength(1);
      const [mail] = received;
      expect(mail!.to).toMatchObject({ text: "jo@patient.example" });
      expect(mail!.from?.value[0]).toMatchObject({ name: "Northside Physio", address: "clinic@northside.example" });
      expect(mail!.subject).toBe("Set a new Rehabit password");
      expect(mail!.text).toContain(link);
      expect(mail!.html).toContain(`href="${link}"`);
      for (const clinical of [/hamstring/i, /pain/i, /exercise/i, /diagnos/i]) expect(`${mail!.text}${mail!.html}`).not.toMatch(clinical);
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.MAIL_FROM;
      resetMailTransport();
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});
