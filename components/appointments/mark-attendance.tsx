"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/ui/run-action";
import { markAppointmentAction } from "@/lib/appointments/actions";

/** Marks a started visit attended or a no-show (once: either is final). */
export function MarkAttendance({ appointmentId, version }: { appointmentId: string; version: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mark = async (outcome: "ATTENDED" | "NO_SHOW") => {
    setBusy(true);
    setError(null);
    const result = await runAction(() => markAppointmentAction({ appointmentId, version, outcome }));
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  };
  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap gap-3">
        <Button disabled={busy} onClick={() => void mark("ATTENDED")}>
          Mark attended
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void mark("NO_SHOW")}>
          Mark no-show
        </Button>
      </div>
    </div>
  );
}
