import "server-only";
import { Logger, run, runMigrations, type Runner, type TaskList } from "graphile-worker";
import { queueDueExerciseReminders, requeueOrphanedMail, SEND_MAIL_TASK, sendQueuedMail } from "./mutations";

/** The recurring task that queues the patients' daily exercise reminders. */
export const EXERCISE_REMINDERS_TASK = "exercise_reminders";

const taskList: TaskList = {
  [SEND_MAIL_TASK]: async (payload) => {
    await sendQueuedMail((payload as { id: string }).id);
  },
  [EXERCISE_REMINDERS_TASK]: async () => {
    await queueDueExerciseReminders();
  },
};

// graphile-worker's messages can quote an SMTP error, which may name a recipient: log levels and ids only.
const quietLogger = new Logger((scope) => (level) => {
  if (level === "error" || level === "warning") console.error(`[mail-worker] ${level}${scope.taskIdentifier ? ` task ${scope.taskIdentifier}` : ""}${scope.jobId ? ` job ${scope.jobId}` : ""}`);
});

export type MailWorkerOptions = { connectionString: string; concurrency?: number; pollInterval?: number; cron?: boolean };

/**
 * Installs or upgrades graphile-worker's own schema (graphile_worker.*), which the app's transactions
 * add jobs to. Idempotent; the project's migrate step (scripts/lib/prepare-database.ts) runs it.
 */
export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}

/**
 * A graphile-worker runner for the outbox: sends queued mail (failed sends retry with the library's
 * exponential backoff, up to 25 attempts over about 4 days) and, every 5 minutes, queues the
 * exercise reminders now due. Any number of runners may share a database: each job is locked by one;
 * each cron tick is claimed once; each message is sent once (sendQueuedMail). On start it gives any
 * PENDING message that has lost its job (a restored backup) a new one.
 */
export async function startMailWorker(options: MailWorkerOptions): Promise<Runner> {
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollInterval ?? 2_000,
    noHandleSignals: true,
    logger: quietLogger,
    taskList,
    ...(options.cron === false ? { parsedCronItems: [] } : { crontab: `*/5 * * * * ${EXERCISE_REMINDERS_TASK} ?max=1` }),
  });
  await requeueOrphanedMail();
  return runner;
}
