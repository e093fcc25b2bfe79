import type { Metadata } from "next";
import Link from "next/link";
import { OutboxTable } from "@/components/mail/outbox-table";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { loadOutboxPage } from "@/lib/outbox/loaders";
import { OUTBOX_PAGE_SIZE, OUTBOX_STATES, OUTBOX_STATE_TEXT } from "@/lib/outbox/states";

export const metadata: Metadata = { title: "E-mail" };

/** Admins only: the clinic's outgoing e-mail by state, so a message that never arrived is seen and sent again. */
export default async function MailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = await loadOutboxPage((await searchParams).state);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">E-mail</h1>
        <p className="text-sm text-slate-700">
          What Rehabit sends for this clinic: portal invitations and password links, LEFS requests, visit confirmations and reminders, and
          exercise reminders. No message carries health details. Times are in the clinic&apos;s zone.
        </p>
      </div>
      {!page.mailEnabled && (
        <Alert tone="info">
          E-mail is off: no mail server is set (<code>SMTP_URL</code>), so nothing new is queued or sent.
        </Alert>
      )}
      <nav aria-label="Messages by state" className="flex flex-wrap gap-2">
        {OUTBOX_STATES.map((state) => (
          <Link
            key={state}
            href={state === "undelivered" ? "/mail" : `/mail?state=${state}`}
            aria-current={page.state === state ? "page" : undefined}
            className={buttonClasses(page.state === state ? "primary" : "secondary")}
          >
            {OUTBOX_STATE_TEXT[state].label} ({page.counts[state]})
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-700">{OUTBOX_STATE_TEXT[page.state].description}</p>
      <OutboxTable page={page} />
      {page.more && <p className="text-sm text-slate-700">The newest {OUTBOX_PAGE_SIZE} are shown.</p>}
    </div>
  );
}
