import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { loadOwnAccount } from "@/lib/accounts/loaders";
import { signOutEverywhereAction } from "@/lib/core/auth/actions";
import type { OwnAccountDTO } from "@/lib/accounts/types";
import { ChangePasswordForm } from "./change-password-form";

/**
 * The Account page, the same for staff and patients: who you are, your password, your sessions; a
 * role's own sections (the portal's reminder) come in as children, after the password.
 */
export function AccountSettings({ account, children }: { account: OwnAccountDTO; children?: ReactNode }) {
  return (
    <div className="max-w-md space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Account</h1>
        <p className="mt-1 break-all text-slate-700">
          {account.name} · {account.email}
        </p>
        {account.lastSignInAt && <p className="text-sm text-slate-600">Last signed in <ClinicDateTime iso={account.lastSignInAt} />.</p>}
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        <ChangePasswordForm email={account.email} />
      </section>
      {children}
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-700">
          Signed in on a shared or lost device? Sign out everywhere ends every session of your account at once, on every
          browser and phone, this one included.
        </p>
        {/* A plain form, so it works before the page's JavaScript has loaded. */}
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary" className="min-h-11">
            Sign out everywhere
          </Button>
        </form>
      </section>
    </div>
  );
}

export const accountMetadata: Metadata = { title: "Account" };

/** The Account page itself, for /account (staff) and /portal/account (patients). */
export async function AccountPage() {
  return <AccountSettings account={await loadOwnAccount()} />;
}
