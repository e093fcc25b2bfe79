import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { loadUnsubscribePage } from "@/lib/mail/loaders";
import type { UnsubscribeList } from "@/lib/mail/unsubscribe-token";

/** What the page says for each list a link can stop. */
const WORDING: Record<UnsubscribeList, { ask: string; askBody: string; button: string; done: string; doneBody: string }> = {
  "daily-reminder": {
    ask: "Stop the daily reminder?",
    askBody: "You will no longer get the daily e-mail. You can turn it on again under Account in Rehabit.",
    button: "Stop the reminder",
    done: "The daily reminder is off",
    doneBody: "No more reminder e-mails will be sent. You can turn it on again under Account in Rehabit.",
  },
  "visit-reminder": {
    ask: "Stop visit reminders?",
    askBody: "You will no longer get an e-mail the day before each visit. E-mails confirming a booked or moved visit still come. You can turn reminders on again under Account in Rehabit.",
    button: "Stop visit reminders",
    done: "Visit reminders are off",
    doneBody: "No more visit reminder e-mails will be sent. You can turn them on again under Account in Rehabit.",
  },
};

// The token is a credential: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer", robots: { index: false, follow: false } };

/**
 * Public (proxy.ts lets it through signed out): the link in a reminder e-mail. Opening it changes
 * nothing (mail scanners open links); the button posts to /api/unsubscribe/<token>, which turns the
 * reminder the token names off (the daily one, or the one before each visit) and comes back here.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const page = await loadUnsubscribePage(token);
  const wording = page.state === "unusable" ? null : WORDING[page.list];
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-lg font-semibold text-brand-800">Rehabit</p>
        {!wording && (
          <>
            <h1 className="text-2xl font-semibold">This link can&apos;t be used</h1>
            <p className="text-slate-800">Sign in and turn the reminder off under Account instead.</p>
          </>
        )}
        {wording && page.state === "on" && (
          <>
            <h1 className="text-2xl font-semibold">{wording.ask}</h1>
            <p className="text-slate-800">{wording.askBody}</p>
            {/* A plain form: works without the page's JavaScript, and from any mail app's browser. */}
            <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`}>
              <Button type="submit" className="min-h-11">
                {wording.button}
              </Button>
            </form>
          </>
        )}
        {wording && page.state === "off" && (
          <>
            <h1 className="text-2xl font-semibold">{wording.done}</h1>
            <p className="text-slate-800">{wording.doneBody}</p>
          </>
        )}
        <p className="text-slate-700">
          <Link href="/login" className="inline-block py-3 font-medium text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
