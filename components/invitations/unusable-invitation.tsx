import Link from "next/link";
import { UNUSABLE_INVITATION_MESSAGE } from "@/lib/invitations/state";

/** One page for every link that cannot be used (expired, used, withdrawn, unknown), so none is told apart. */
export function UnusableInvitation({ message = UNUSABLE_INVITATION_MESSAGE }: { message?: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">This link can&apos;t be used</h1>
      <p className="text-slate-800">{message}</p>
      <p className="text-slate-700">
        Already set your password?{" "}
        <Link href="/login" className="inline-block py-3 font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
