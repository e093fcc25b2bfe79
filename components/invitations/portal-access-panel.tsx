"use client";

import { lazy, Suspense, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import type { CreatedInvitationDTO, PortalAccess } from "@/lib/invitations/types";
import { InvitationLink } from "./invitation-link";
import { ResetLinkButton } from "./reset-link-button";
import { RevokeAccessButton } from "./revoke-access-button";

// Loaded when "Invite" is pressed: the form brings react-hook-form, which every patient tab would
// otherwise load for a panel that is mostly read. React.lazy rather than next/dynamic: the form is
// never server-rendered, and next/dynamic's own code (1.3 kB gzip) would load on every patient tab.
const InviteForm = lazy(() => import("./invite-form").then((module) => ({ default: module.InviteForm })));

function AccessStatus({ access }: { access: PortalAccess }) {
  switch (access.kind) {
    case "none":
      return <p>No portal access.</p>;
    case "active":
      return (
        <p>
          <Badge tone="positive">Active</Badge> <span className="break-all">as {access.email}</span>
        </p>
      );
    case "pending":
      return (
        <p>
          <Badge>Invitation pending</Badge> <span className="break-all">for {access.email}</span>, expires <ClinicDateTime iso={access.expiresAt} />.
        </p>
      );
    case "expired":
      return (
        <p>
          <Badge tone="muted">Invitation expired</Badge> on <ClinicDateTime iso={access.expiredAt} />. No portal access.
        </p>
      );
    case "revoked":
      return (
        <p>
          <Badge tone="muted">Revoked</Badge> on <ClinicDateTime iso={access.revokedAt} />. No portal access.
        </p>
      );
  }
}

/**
 * The patient page's portal-access section: where access stands, and the clinician's actions —
 * invite (or make a new link, which replaces a pending one), and revoke. A new link is held only in
 * this component's state, so it disappears with the page, as "shown once" promises.
 */
export function PortalAccessPanel({
  patientId,
  patientEmail,
  archived,
  access,
}: {
  patientId: string;
  patientEmail: string;
  archived: boolean;
  access: PortalAccess;
}) {
  const [inviting, setInviting] = useState(false);
  const [created, setCreated] = useState<CreatedInvitationDTO | null>(null);
  const canInvite = !archived && access.kind !== "active";
  const pendingEmail = access.kind === "pending" || access.kind === "expired" ? access.email : "";

  return (
    <section aria-labelledby="portal-access-heading" className="space-y-3 border-t border-slate-200 pt-4 text-sm">
      <h2 id="portal-access-heading" className="text-xs font-medium uppercase tracking-wide text-slate-600">
        Portal access
      </h2>
      <div aria-live="polite">
        <AccessStatus access={access} />
      </div>
      {created && <InvitationLink invitation={created} onDone={() => setCreated(null)} />}
      {inviting ? (
        <Suspense fallback={<p className="text-sm text-slate-700">Loading the form…</p>}>
          <InviteForm
            patientId={patientId}
            defaultEmail={pendingEmail || patientEmail}
            replacesPending={access.kind === "pending"}
            onCancel={() => setInviting(false)}
            onCreated={(invitation) => {
              setInviting(false);
              setCreated(invitation);
            }}
          />
        </Suspense>
      ) : (
        <div className="flex flex-wrap gap-2">
          {canInvite && !created && (
            <Button variant={access.kind === "pending" ? "secondary" : "primary"} onClick={() => setInviting(true)}>
              {access.kind === "pending" ? "Make a new link" : "Invite to portal"}
            </Button>
          )}
          {access.kind === "active" && !archived && <ResetLinkButton patientId={patientId} />}
          {(access.kind === "active" || access.kind === "pending") && (
            <RevokeAccessButton
              patientId={patientId}
              label={access.kind === "active" ? "Revoke portal access" : "Withdraw invitation"}
              onRevoked={() => setCreated(null)}
            />
          )}
        </div>
      )}
      {archived && access.kind !== "active" && <p className="text-slate-600">Restore the patient to invite them to the portal.</p>}
    </section>
  );
}
