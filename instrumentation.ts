/**
 * Runs once when a server starts: refuse to serve with missing or weak configuration; then run the app's
 * background jobs (lib/jobs/worker.ts) inside this instance: the dashboard's alerts got ready when a
 * clinic's day turns and, when SMTP_URL is set, the e-mail outbox and reminders. Several instances each
 * run one on the same database and still do each job once. REHABIT_WORKER=off leaves the jobs to other
 * instances.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartWhenMisconfigured } = await import("@/lib/core/env");
  refuseToStartWhenMisconfigured();
  if (process.env.REHABIT_WORKER === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const holder = globalThis as unknown as { rehabitWorker?: Promise<unknown> };
  // Once per process, dev reloads included.
  holder.rehabitWorker ??= import("@/lib/jobs/worker").then(({ startJobWorker }) =>
    startJobWorker({ connectionString: process.env.DATABASE_URL!, mail: Boolean(process.env.SMTP_URL) }),
  );
  await holder.rehabitWorker;
}
