import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { loadUnsubscribePage } from "@/lib/mail/loaders";

// The token is a credential: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Daily reminder", referrer: "no-referrer", robots: { index: false, follow: false } };

/**
 * Public (proxy.ts lets it through signed out): the link in a reminder e-mail. Opening it changes
 * nothing (mail scanners open links); the button posts to /api/unsubscribe/<token>, which turns the
 * reminder off and comes back here.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { state } = await loadUnsubscribePage(token);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-lg font-semibold text-brand-800">Rehabit</p>
        {state === "unusable" && (
          <>
            <h1 className="text-2xl font-semibold">This link can&apos;t be used</h1>
            <p className="text-slate-800">Sign in and turn the reminder off under Account instead.</p>
          </>
        )}
        {state === "on" && (
          <>
            <h1 className="text-2xl font-semibold">Stop the daily reminder?</h1>
            <p className="text-slate-800">You will no longer get the daily e-mail. You can turn it on again under Account in Rehabit.</p>
            {/* A plain form: works without the page's JavaScript, and from any mail app's browser. */}
            <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`}>
              <Button type="submit" className="min-h-11">
                Stop the reminder
              </Button>
            </form>
          </>
        )}
        {state === "off" && (
          <>
            <h1 className="text-2xl font-semibold">The daily reminder is off</h1>
            <p className="text-slate-800">No more reminder e-mails will be sent. You can turn it on again under Account in Rehabit.</p>
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
