import "server-only";
import { Logger, run, type Runner } from "graphile-worker";
import { CASELOAD_REFRESH_TASK, refreshDueClinics } from "@/lib/caseload/jobs";
import { requeueOrphanedMail } from "@/lib/mail/mutations";
import { MAIL_CRONTAB, mailTaskList } from "@/lib/mail/tasks";

/** Every 15 minutes, get ready the dashboards of the clinics whose day has turned. */
const CASELOAD_CRONTAB = `*/15 * * * * ${CASELOAD_REFRESH_TASK} ?max=1`;

// graphile-worker's messages can quote an SMTP error, which may name a recipient: log levels and ids only.
const quietLogger = new Logger((scope) => (level) => {
  if (level === "error" || level === "warning") console.error(`[worker] ${level}${scope.taskIdentifier ? ` task ${scope.taskIdentifier}` : ""}${scope.jobId ? ` job ${scope.jobId}` : ""}`);
});

export type JobWorkerOptions = {
  connectionString: string;
  /** Run the mail jobs too (SMTP is set). */
  mail: boolean;
  concurrency?: number;
  pollInterval?: number;
  /** false: no recurring jobs (tests that drive the queue themselves). */
  cron?: boolean;
};

/**
 * The app's background jobs on graphile-worker, one runner per app instance (instrumentation.ts): the
 * dashboard's stored alerts refreshed when a clinic's day turns (lib/caseload/jobs.ts), and, with `mail`,
 * the outbox and the exercise reminders (lib/mail/tasks.ts). Any number of runners may share a database:
 * each job is locked by one, each cron tick is claimed once. With mail, on start it gives any PENDING
 * message that has lost its job (a restored backup) a new one.
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<Runner> {
  const crontab = [CASELOAD_CRONTAB, ...(options.mail ? [MAIL_CRONTAB] : [])].join("\n");
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollInterval ?? 2_000,
    noHandleSignals: true,
    logger: quietLogger,
    taskList: {
      [CASELOAD_REFRESH_TASK]: async () => {
        await refreshDueClinics();
      },
      ...(options.mail ? mailTaskList : {}),
    },
    ...(options.cron === false ? { parsedCronItems: [] } : { crontab }),
  });
  if (options.mail) await requeueOrphanedMail();
  return runner;
}
