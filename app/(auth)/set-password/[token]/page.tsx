import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/invitations/set-password-form";
import { UnusableInvitation } from "@/components/invitations/unusable-invitation";
import { setPasswordWithLinkAction } from "@/lib/accounts/actions";
import { loadPasswordLinkPage } from "@/lib/accounts/loaders";
import { UNUSABLE_PASSWORD_LINK_MESSAGE } from "@/lib/accounts/messages";
import type { PasswordLinkPageDTO } from "@/lib/accounts/types";

// The token is a credential: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer", robots: { index: false, follow: false } };

function introFor(link: Extract<PasswordLinkPageDTO, { usable: true }>): string {
  return link.purpose === "INVITE"
    ? `Welcome, ${link.name}. Choose the password you will use to sign in to ${link.clinicName}.`
    : `Choose a new password for ${link.name} at ${link.clinicName}. Every device signed in to this account will be signed out.`;
}

/** Public (proxy.ts lets it through signed out): a staff invitation, the first admin's link, or a reset. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await loadPasswordLinkPage(token);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-lg font-semibold text-brand-800">Rehabit</p>
        {link.usable ? (
          <SetPasswordForm token={token} email={link.email} intro={introFor(link)} submit={setPasswordWithLinkAction} unusableMessage={UNUSABLE_PASSWORD_LINK_MESSAGE} />
        ) : (
          <UnusableInvitation message={UNUSABLE_PASSWORD_LINK_MESSAGE} />
        )}
      </div>
    </main>
  );
}
