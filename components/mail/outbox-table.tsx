import { ClinicDateTime } from "@/components/ui/clinic-time";
import { EmptyState } from "@/components/ui/empty-state";
import { MAIL_KIND_LABELS, OUTBOX_STATE_TEXT } from "@/lib/outbox/states";
import type { OutboxMessageDTO, OutboxPageDTO } from "@/lib/outbox/types";
import { ResendMailButton } from "./resend-mail-button";

const cell = "px-3 py-2 align-top";

/** How the message's sending went, in words: when it went, when it is tried next, or the last refusal. */
function Progress({ message }: { message: OutboxMessageDTO }) {
  if (message.sentAt) {
    return (
      <span className="whitespace-nowrap">
        Sent <ClinicDateTime iso={message.sentAt} />
      </span>
    );
  }
  return (
    <>
      {message.nextTryAt && (
        <div className="whitespace-nowrap">
          Next try <ClinicDateTime iso={message.nextTryAt} />
        </div>
      )}
      {message.lastError && <div className="font-mono text-xs text-slate-700">{message.lastError}</div>}
      {!message.nextTryAt && !message.lastError && <span className="text-slate-600">—</span>}
    </>
  );
}

/** One state's messages, newest first; those not delivered can be sent again. */
export function OutboxTable({ page }: { page: OutboxPageDTO }) {
  const { label } = OUTBOX_STATE_TEXT[page.state];
  if (page.messages.length === 0) return <EmptyState title={`No messages: ${label.toLowerCase()}`}>Nothing of this clinic&apos;s e-mail is in this state.</EmptyState>;
  const canResend = page.state === "undelivered";
  return (
    <div role="region" aria-label={`E-mail: ${label}`} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{`E-mail: ${label}, newest first`}</caption>
        <thead className="bg-slate-50 text-left font-medium text-slate-700">
          <tr>
            {["Message", "To", "Queued", "Tries", "Sending", ...(canResend ? ["Action"] : [])].map((header) => (
              <th key={header} scope="col" className={cell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {page.messages.map((message) => (
            <tr key={message.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {MAIL_KIND_LABELS[message.kind]}
              </th>
              <td className={`${cell} break-all`}>{message.to}</td>
              <td className={`${cell} whitespace-nowrap`}>
                <ClinicDateTime iso={message.queuedAt} />
              </td>
              <td className={cell}>{message.attempts}</td>
              <td className={cell}>
                <Progress message={message} />
              </td>
              {canResend && (
                <td className={cell}>
                  <ResendMailButton messageId={message.id} what={`${MAIL_KIND_LABELS[message.kind]} to ${message.to}`} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
