"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";

/** What the server's throttles and failures answer (SIGN_IN_THROTTLED … in lib/core/auth/credentials.ts, which imports the database). */
const THROTTLE_MESSAGES: Record<string, string> = {
  THROTTLED: "Too many failed attempts for this account. Wait 15 minutes, then try again.",
  THROTTLED_ADDRESS: "Too many failed sign-ins from your network. Wait 15 minutes, then try again.",
  BUSY: "Sign-in is busy right now. Wait a minute, then try again.",
  UNAVAILABLE: "Sign-in is not available right now. Try again in a moment.",
};

/** `defaultEmail` prefills the e-mail, e.g. right after a patient has set their password. */
export function LoginForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      setPending(false);
      setError(
        THROTTLE_MESSAGES[result?.error ?? ""] ?? "That e-mail and password do not match an account. Check both and try again.",
      );
      return;
    }
    // Only same-origin paths are followed, so a crafted link cannot bounce users elsewhere.
    router.replace(safeCallbackPath(callbackUrl, window.location.origin));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit}>
      {/* Disabled until hydrated, so nothing typed early is overwritten and no click is lost. */}
      <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0 space-y-4">
      {error && <Alert>{error}</Alert>}
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-medium">
          E-mail
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={defaultEmail} className={inputClasses} />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClasses} />
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      </fieldset>
    </form>
  );
}
