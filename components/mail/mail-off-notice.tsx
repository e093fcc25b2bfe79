/** Said beside a reminder setting while the installation has no SMTP server: the choice is kept, nothing is sent yet. */
export function MailOffNotice() {
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-800">
      E-mail is off: this clinic&apos;s Rehabit has no mail server set up, so no reminder is sent yet. Your choice is kept for when it is.
    </p>
  );
}
