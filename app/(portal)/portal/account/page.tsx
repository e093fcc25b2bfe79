import { AccountSettings, accountMetadata } from "@/components/accounts/account-settings";
import { ExerciseReminderForm } from "@/components/mail/exercise-reminder-form";
import { loadOwnAccount } from "@/lib/accounts/loaders";
import { loadOwnExerciseReminder } from "@/lib/mail/loaders";

export const metadata = accountMetadata;

/** The patient's own account: the staff page's sections, plus their daily e-mail reminder. */
export default async function PortalAccountPage() {
  const [account, reminder] = await Promise.all([loadOwnAccount(), loadOwnExerciseReminder()]);
  return (
    <AccountSettings account={account}>
      <section aria-labelledby="reminder-heading" className="space-y-3">
        <h2 id="reminder-heading" className="text-lg font-semibold">
          Daily reminder
        </h2>
        <ExerciseReminderForm reminder={reminder} />
      </section>
    </AccountSettings>
  );
}
