import type { Runner } from "graphile-worker";
import type { ParsedMail } from "mailparser";
import { randomUUID } from "node:crypto";
import { afterAll, afterEach } from "vitest";
import { resetMailTransport } from "@/lib/core/mail";
import { enqueueMail } from "@/lib/mail/mutations";
import { startJobWorker } from "@/lib/jobs/worker";
import { testDb } from "./integration-fixtures";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

/**
 * What the mail integration tests share: a local SMTP sink per test, graphile-worker runners against the
 * test database, and the clean-up after each test (runners stopped, sink closed, SMTP settings removed).
 * A test file calls setUpMailTestBed() once at its top (it registers the clean-up hooks).
 */

/** Words no e-mail may hold: it says who sent it and links, never anything about health. */
export const HEALTH_WORDS = [/hamstring/i, /pain/i, /exercise/i, /diagnos/i, /LEFS/, /questionnaire/i, /injur/i, /cramp/i, /strain/i];

const runners: Runner[] = [];
let sink: SmtpSink | undefined;

export function useSmtp(port: number) {
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Test Clinic <clinic@test.example>";
  resetMailTransport();
}

/** Starts this test's SMTP sink (on `port`, for a server that comes back); `useSmtp` points the app at it. */
export async function startSink(port?: number): Promise<SmtpSink> {
  sink = await startSmtpSink(port);
  return sink;
}

export async function startWorker(): Promise<Runner> {
  const runner = await startJobWorker({ connectionString: process.env.DATABASE_URL!, mail: true, concurrency: 3, pollInterval: 200, cron: false });
  runners.push(runner);
  return runner;
}

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? "";
/** What this test's sink received for `address`. */
export const addressed = (address: string) => sink!.received.filter((mail) => to(mail) === address);

export const statusesOf = async (addresses: string[]) =>
  (await testDb.mailMessage.findMany({ where: { toAddress: { in: addresses } }, select: { status: true } })).map((row) => row.status);

export function setUpMailTestBed(): void {
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await sink?.close();
    sink = undefined;
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    resetMailTransport();
  });
  afterAll(async () => {
    await testDb.$disconnect();
  });
}

/** A plain message of the clinic for `address`, committed in a transaction of the test's own. */
export async function enqueueTestMail(clinicId: string, address: string, key = `test:${randomUUID()}`): Promise<void> {
  await testDb.$transaction((tx) => enqueueMail(tx, { clinicId, key, kind: "LEFS_REQUEST", to: address, payload: { clinicName: "Test Clinic", portalUrl: "http://localhost/portal" } }));
}
