"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setClinicExerciseArchivedAction } from "@/lib/exercises/actions";

/**
 * Archive (after a confirmation) or restore a clinic exercise. Nothing is deleted: programs that use it
 * keep showing it; archived, it is only no longer offered for new programs and templates.
 */
export function ArchiveExerciseButton({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(archive: boolean) {
    setError(null);
    startTransition(async () => {
      const response = await setClinicExerciseArchivedAction({ id, archived: archive });
      if (response?.serverError || !response?.data) {
        setError(response?.serverError ?? "Something went wrong and nothing was saved. Please try again.");
        return;
      }
      setConfirming(false);
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      {archived ? (
        <Button variant="secondary" onClick={() => submit(false)} disabled={isPending}>
          {isPending ? "Restoring…" : "Restore exercise"}
        </Button>
      ) : confirming ? (
        <div role="group" aria-label="Confirm archive" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <span>Archive {name}? It will no longer be offered for new programs; programs that use it keep it.</span>
          <Button variant="danger" onClick={() => submit(true)} disabled={isPending}>
            {isPending ? "Archiving…" : "Archive"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={isPending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Archive exercise
        </Button>
      )}
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
