import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { homePathFor } from "@/lib/core/auth/permissions";
import { getViewer } from "@/lib/core/auth/session";

export const metadata: Metadata = { title: "Sign in" };

/** Why someone lands here signed out on purpose, said in words. */
const NOTICES = {
  passwordChanged: "Password changed. You were signed out everywhere: sign in with your new password.",
  everywhere: "You were signed out on every device.",
} as const;

type LoginSearchParams = { callbackUrl?: string | string[]; passwordChanged?: string; signedOut?: string };

export default async function LoginPage({ searchParams }: { searchParams: Promise<LoginSearchParams> }) {
  const viewer = await getViewer();
  if (viewer) redirect(homePathFor(viewer.role));
  const { callbackUrl, passwordChanged, signedOut } = await searchParams;
  const notice = passwordChanged ? NOTICES.passwordChanged : signedOut === "everywhere" ? NOTICES.everywhere : null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <div>
          <p className="text-lg font-semibold text-brand-800">Rehabit</p>
          <h1 className="mt-1 text-2xl font-semibold">Sign in</h1>
        </div>
        {notice && <Alert tone="info">{notice}</Alert>}
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </div>
    </main>
  );
}
