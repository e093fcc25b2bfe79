import "server-only";
import type { TaskList } from "graphile-worker";
import { queueDueExerciseReminders, SEND_MAIL_TASK, sendQueuedMail } from "./mutations";

/** The recurring task that queues the patients' daily exercise reminders. */
export const EXERCISE_REMINDERS_TASK = "exercise_reminders";

/**
 * The mail jobs the app's worker runs when SMTP is set (lib/jobs/worker.ts): sending one queued message
 * (failed sends retry with graphile-worker's exponential backoff, up to 25 attempts over about 4 days;
 * each message is sent once, sendQueuedMail) and queueing the exercise reminders now due.
 */
export const mailTaskList: TaskList = {
  [SEND_MAIL_TASK]: async (payload) => {
    await sendQueuedMail((payload as { id: string }).id);
  },
  [EXERCISE_REMINDERS_TASK]: async () => {
    await queueDueExerciseReminders();
  },
};

/** Every 5 minutes, queue the exercise reminders now due. */
export const MAIL_CRONTAB = `*/5 * * * * ${EXERCISE_REMINDERS_TASK} ?max=1`;
