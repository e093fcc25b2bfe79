"use client";

import { useCallback, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { StaffLinkDTO, StaffMemberDTO } from "@/lib/staff/types";
import { InviteStaffForm } from "./invite-staff-form";
import { StaffLink } from "./staff-link";
import { StaffTable } from "./staff-table";

/**
 * The staff page's working area: the invite form, the one link just issued (held only here, so it
 * disappears with the page, as "shown once" promises) and the table with its row actions.
 */
export function StaffManager({ members, viewerId }: { members: StaffMemberDTO[]; viewerId: string }) {
  const [link, setLink] = useState<StaffLinkDTO | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const showLink = useCallback((issued: StaffLinkDTO) => {
    setNotice(null);
    setLink(issued);
  }, []);
  const showNotice = useCallback((message: string) => {
    setLink(null);
    setNotice(message);
  }, []);

  return (
    <div className="space-y-6">
      <section aria-labelledby="invite-staff-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="invite-staff-heading" className="text-lg font-semibold">
          Invite staff member
        </h2>
        <InviteStaffForm onCreated={showLink} />
      </section>
      {link && <StaffLink link={link} onDone={() => setLink(null)} />}
      <section aria-labelledby="staff-list-heading" className="space-y-3">
        <h2 id="staff-list-heading" className="text-lg font-semibold">
          Clinic staff
        </h2>
        {notice && <Alert tone="info">{notice}</Alert>}
        <StaffTable members={members} viewerId={viewerId} onLink={showLink} onNotice={showNotice} />
      </section>
    </div>
  );
}
