"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useCopyField } from "@/components/ui/use-copy-field";
import { inputClasses } from "@/components/ui/field";
import { ClinicDateTime } from "@/components/ui/clinic-time";

type OneTimeLinkProps = {
  /** e.g. "Invitation link for jo@example.com". */
  title: string;
  link: string;
  expiresAt: string;
  validHours: number;
  onDone: () => void;
};

const noSubscription = () => () => {};

/**
 * A new one-time link, shown once: only its hash is stored, so it cannot be shown again. Copy puts it
 * on the clipboard; where the browser refuses (no HTTPS, no permission) the link stays in a
 * read-only field, selected, for copying by hand. When the link's address is not the one open in
 * this browser (APP_URL / NEXTAUTH_URL set for another host), it says so instead of letting someone
 * hand out a link that may open nothing.
 */
export function OneTimeLink({ title, link, expiresAt, validHours, onDone }: OneTimeLinkProps) {
  const { field, status: copyStatus, copy } = useCopyField(link);
  const currentOrigin = useSyncExternalStore(noSubscription, () => window.location.origin, () => null);
  const linkOrigin = new URL(link).origin;

  return (
    <div className="space-y-2 rounded-md border border-brand-600/40 bg-brand-50 p-3 text-sm">
      <p className="break-all font-medium text-slate-900">{title}</p>
      <label htmlFor="one-time-link" className="block text-slate-800">
        Link (shown only once — copy it now)
      </label>
      <input
        ref={field}
        id="one-time-link"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className={`${inputClasses} font-mono text-xs`}
      />
      {currentOrigin && currentOrigin !== linkOrigin && (
        <p role="note" className="rounded border border-amber-400 bg-amber-50 p-2 text-amber-900">
          This link opens {linkOrigin}, but you are using {currentOrigin}. Check that the person can reach that address; if
          not, ask whoever runs Rehabit to set APP_URL to the address people use.
        </p>
      )}
      <p className="text-slate-700">
        Works once, for {validHours} hours: until <ClinicDateTime iso={expiresAt} />.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={copy}>Copy link</Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
        <span aria-live="polite" className="text-slate-800">
          {copyStatus === "copied" && "✓ Copied"}
          {copyStatus === "failed" && "Could not copy: the link is selected, copy it with Ctrl+C or ⌘C."}
        </span>
      </div>
    </div>
  );
}
