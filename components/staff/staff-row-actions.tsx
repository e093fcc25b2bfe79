"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/ui/run-action";
import type { ActionOutcome, ActionResponse } from "@/lib/core/action-result";
import { changeStaffRoleAction, deactivateStaffAction, issueStaffLinkAction, reactivateStaffAction } from "@/lib/staff/actions";
import { selfChangeRefusal } from "@/lib/staff/staff-rules";
import type { StaffChangeDTO, StaffLinkDTO, StaffMemberDTO } from "@/lib/staff/types";
import { changeNotice } from "./change-notice";

export type RowCallbacks = { onLink: (link: StaffLinkDTO) => void; onNotice: (notice: string) => void };

/**
 * The person's name, for screen readers only: every row has the same buttons, so each names whom it
 * acts on. Button labels sit in one <span>, so the button's flex gap does not split their words.
 */
const Whom = ({ name }: { name: string }) => <span className="sr-only"> {name}</span>;

/**
 * One staff member's actions. The admin's own row offers neither demotion nor deactivation (the
 * server refuses both anyway); deactivation asks for confirmation first. Errors (say, the clinic's
 * last active admin) show under the buttons.
 */
export function StaffRowActions({ member, viewerId, onLink, onNotice }: { member: StaffMemberDTO; viewerId: string } & RowCallbacks) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const mayDemote = member.role === "ADMIN" && !selfChangeRefusal(viewerId, member, { kind: "role", role: "CLINICIAN" });
  const mayDeactivate = member.status !== "DEACTIVATED" && !selfChangeRefusal(viewerId, member, { kind: "deactivate" });

  function run<T>(call: () => Promise<ActionResponse<T>>, done: (value: T) => void) {
    setError(null);
    startTransition(async () => {
      const outcome: ActionOutcome<T> = await runAction(call);
      if (!outcome.ok) return setError(outcome.fieldErrors._form?.[0] ?? outcome.message);
      setConfirming(false);
      done(outcome.value);
      router.refresh();
    });
  }
  const change = (kind: "role" | "deactivate" | "reactivate", call: () => Promise<ActionResponse<StaffChangeDTO>>) =>
    run(call, (value) => onNotice(changeNotice(kind, value)));
  const userId = member.id;

  if (confirming) {
    return (
      <div role="group" aria-label={`Confirm deactivating ${member.name}`} className="w-80 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
        <p>
          Deactivate {member.name}? They are signed out everywhere at once, their pending links stop working, and they cannot sign in until
          reactivated. Their records stay.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="danger" disabled={isPending} onClick={() => change("deactivate", () => deactivateStaffAction({ userId }))}>
            {isPending ? "Deactivating…" : "Deactivate"}
          </Button>
          <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
        {error && <Alert>{error}</Alert>}
      </div>
    );
  }

  return (
    <div className="w-96 space-y-2">
      <div className="flex flex-wrap gap-2">
        {member.role === "CLINICIAN" && (
          <Button variant="secondary" disabled={isPending} onClick={() => change("role", () => changeStaffRoleAction({ userId, role: "ADMIN" }))}>
            <span>
              Make<Whom name={member.name} /> <span className="sr-only">an </span>admin
            </span>
          </Button>
        )}
        {mayDemote && (
          <Button variant="secondary" disabled={isPending} onClick={() => change("role", () => changeStaffRoleAction({ userId, role: "CLINICIAN" }))}>
            <span>
              Make<Whom name={member.name} /> <span className="sr-only">a </span>clinician
            </span>
          </Button>
        )}
        {member.status !== "DEACTIVATED" && (
          <Button variant="secondary" disabled={isPending} onClick={() => run(() => issueStaffLinkAction({ userId }), onLink)}>
            <span>
              {member.status === "INVITED" ? "New invitation link" : "Password reset link"}
              <span className="sr-only"> for {member.name}</span>
            </span>
          </Button>
        )}
        {mayDeactivate && (
          <Button variant="secondary" disabled={isPending} onClick={() => setConfirming(true)}>
            <span>
              Deactivate<Whom name={member.name} />
            </span>
          </Button>
        )}
        {member.status === "DEACTIVATED" && (
          <Button variant="secondary" disabled={isPending} onClick={() => change("reactivate", () => reactivateStaffAction({ userId }))}>
            <span>
              Reactivate<Whom name={member.name} />
            </span>
          </Button>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
