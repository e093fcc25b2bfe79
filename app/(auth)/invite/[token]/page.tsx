import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/invitations/set-password-form";
import { UnusableInvitation } from "@/components/invitations/unusable-invitation";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { loadInvitationPage } from "@/lib/invitations/loaders";

// The token is a credential: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer", robots: { index: false, follow: false } };

/** Public (proxy.ts lets it through signed out): the patient opens the link their clinic gave them. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await loadInvitationPage(token);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-lg font-semibold text-brand-800">Rehabit</p>
        {invitation.usable ? (
          <SetPasswordForm
            token={token}
            email={invitation.email}
            intro={`For ${invitation.firstName} at ${invitation.clinicName}. You will sign in with this e-mail and password to see your exercise plan.`}
            submit={acceptInvitationAction}
          />
        ) : (
          <UnusableInvitation />
        )}
      </div>
    </main>
  );
}
