"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/ui/run-action";
import { signVisitNoteAction } from "@/lib/visit-notes/actions";

/** Signs the saved draft after a confirmation: a signed note never changes, corrections are addenda. */
export function SignNoteButton({ noteId, version, unsaved }: { noteId: string; version: number; unsaved: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function sign() {
    setError(null);
    startTransition(async () => {
      const outcome = await runAction(() => signVisitNoteAction({ noteId, version }));
      if (!outcome.ok) return setError(Object.values(outcome.fieldErrors).flat()[0] ?? outcome.message);
      setConfirming(false);
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="sign-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="sign-heading" className="text-base font-semibold">
        Sign the note
      </h3>
      {unsaved ? (
        <p className="text-sm text-slate-700">Save the draft first: you sign the note as it was last saved.</p>
      ) : confirming ? (
        <div role="group" aria-label="Confirm signature" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <span>Sign this note? Once signed it can never be changed; corrections are added as dated addenda.</span>
          <Button onClick={sign} disabled={isPending}>
            {isPending ? "Signing…" : "Sign note"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={isPending}>
            Cancel
          </Button>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700">Only you, the author, can sign this note. Once signed it cannot be changed.</p>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Sign…
          </Button>
        </>
      )}
      {error && <Alert>{error}</Alert>}
    </section>
  );
}
