"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setPatientArchivedAction } from "@/lib/patients/actions";

/** Archive (with a confirmation step) or restore a patient. Nothing is deleted either way. */
export function ArchivePatientButton({ patientId, name, archived }: { patientId: string; name: string; archived: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(archive: boolean) {
    setError(null);
    startTransition(async () => {
      const response = await setPatientArchivedAction({ id: patientId, archived: archive });
      if (response?.serverError || !response?.data) {
        setError(response?.serverError ?? "Something went wrong and nothing was saved. Please try again.");
        return;
      }
      setConfirming(false);
      router.refresh();
    });
  }

  if (archived) {
    return (
      <div className="space-y-2">
        <Button variant="secondary" onClick={() => submit(false)} disabled={isPending}>
          {isPending ? "Restoring…" : "Restore patient"}
        </Button>
        {error && <Alert>{error}</Alert>}
      </div>
    );
  }

  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-label="Confirm archive" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <span>Archive {name}? They leave the active list; their records are kept and can be restored.</span>
          <Button variant="danger" onClick={() => submit(true)} disabled={isPending}>
            {isPending ? "Archiving…" : "Archive"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={isPending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Archive patient
        </Button>
      )}
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
