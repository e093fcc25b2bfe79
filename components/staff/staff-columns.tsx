"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import type { ServerTableFeatures } from "@/components/ui/data-table";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { STAFF_ROLE_LABELS, STAFF_STATUS_LABELS } from "@/lib/staff/labels";
import type { StaffMemberDTO, StaffStatus } from "@/lib/staff/types";
import { StaffRowActions, type RowCallbacks } from "./staff-row-actions";

const helper = createColumnHelper<ServerTableFeatures, StaffMemberDTO>();

const STATUS_TONES = { ACTIVE: "positive", INVITED: "neutral", DEACTIVATED: "muted" } as const satisfies Record<StaffStatus, string>;

/** Column ids of sortable columns are the sorts of lib/staff/staff-sort.ts. */
export function staffColumns({ viewerId, ...callbacks }: { viewerId: string } & RowCallbacks) {
  return helper.columns([
    helper.accessor("name", {
      header: "Name",
      cell: ({ row }) => (
        <span className="font-medium text-slate-900">
          {row.original.name}
          {row.original.id === viewerId && <span className="font-normal text-slate-600"> (you)</span>}
        </span>
      ),
    }),
    helper.accessor("email", { header: "E-mail", enableSorting: false, cell: ({ getValue }) => <span className="break-all">{getValue()}</span> }),
    helper.accessor("role", { header: "Role", cell: ({ getValue }) => STAFF_ROLE_LABELS[getValue()] }),
    helper.accessor("status", { header: "Status", cell: ({ getValue }) => <Badge tone={STATUS_TONES[getValue()]}>{STAFF_STATUS_LABELS[getValue()]}</Badge> }),
    helper.accessor("lastSignInAt", {
      id: "lastSignIn",
      header: "Last sign-in",
      cell: ({ getValue }) => {
        const at = getValue();
        return <span className="whitespace-nowrap">{at ? <ClinicDateTime iso={at} /> : <span className="text-slate-600">Never</span>}</span>;
      },
    }),
    helper.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => <StaffRowActions member={row.original} viewerId={viewerId} {...callbacks} />,
    }),
  ]);
}
