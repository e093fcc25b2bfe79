import { AccountSettings, accountMetadata } from "@/components/accounts/account-settings";
import { ExerciseReminderForm } from "@/components/mail/exercise-reminder-form";
import { VisitRemindersForm } from "@/components/mail/visit-reminders-form";
import { loadOwnAccount } from "@/lib/accounts/loaders";
import { loadOwnExerciseReminder, loadOwnVisitReminders } from "@/lib/mail/loaders";

export const metadata = accountMetadata;

/** The patient's own account: the staff page's sections, plus their daily and visit e-mail reminders. */
export default async function PortalAccountPage() {
  const [account, reminder, visitReminders] = await Promise.all([loadOwnAccount(), loadOwnExerciseReminder(), loadOwnVisitReminders()]);
  return (
    <AccountSettings account={account}>
      <section aria-labelledby="reminder-heading" className="space-y-3">
        <h2 id="reminder-heading" className="text-lg font-semibold">
          Daily reminder
        </h2>
        <ExerciseReminderForm reminder={reminder} />
      </section>
      <section aria-labelledby="visit-reminders-heading" className="space-y-3">
        <h2 id="visit-reminders-heading" className="text-lg font-semibold">
          Visit reminders
        </h2>
        <VisitRemindersForm setting={visitReminders} />
      </section>
    </AccountSettings>
  );
}
