"use client";

import { useEffect, useRef } from "react";
import { OneTimeLink } from "@/components/ui/one-time-link";
import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
import type { StaffLinkDTO } from "@/lib/staff/types";

/**
 * A new invitation or reset link, shown once. It may come from a row far down the table, so it takes
 * focus (and scrolls into view) when it appears.
 */
export function StaffLink({ link, onDone }: { link: StaffLinkDTO; onDone: () => void }) {
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    region.current?.focus();
  }, [link]);
  const title = `${link.purpose === "INVITE" ? "Invitation link" : "Password reset link"} for ${link.name} (${link.email})`;
  return (
    <section ref={region} tabIndex={-1} aria-label="New one-time link" className="outline-none">
      <OneTimeLink title={title} link={link.link} expiresAt={link.expiresAt} validHours={INVITATION_VALID_HOURS} onDone={onDone} />
      <p className="mt-2 text-slate-700">
        {link.emailed === "queued"
          ? `Also e-mailed to ${link.email} (it goes out within a minute, or as soon as the mail server answers).`
          : "E-mail is off: copy the link and give it to them yourself."}
      </p>
    </section>
  );
}
