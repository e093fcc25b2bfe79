/**
 * Runs once when a server starts: refuse to serve with missing or weak configuration; then, when
 * SMTP_URL is set, run the e-mail worker (lib/mail/worker.ts) inside this instance. Several instances
 * each run one on the same database and still send every message once. REHABIT_MAIL_WORKER=off
 * leaves sending to other instances.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartWhenMisconfigured } = await import("@/lib/core/env");
  refuseToStartWhenMisconfigured();
  if (!process.env.SMTP_URL || process.env.REHABIT_MAIL_WORKER === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const holder = globalThis as unknown as { rehabitMailWorker?: Promise<unknown> };
  // Once per process, dev reloads included.
  holder.rehabitMailWorker ??= import("@/lib/mail/worker").then(({ startMailWorker }) => startMailWorker({ connectionString: process.env.DATABASE_URL! }));
  await holder.rehabitMailWorker;
}
