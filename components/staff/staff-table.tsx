"use client";

import { useTable, type SortingState, type Updater } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { DataTable, serverTableFeatures } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { isStaffSort, sortStaff } from "@/lib/staff/staff-sort";
import type { StaffMemberDTO } from "@/lib/staff/types";
import { staffColumns } from "./staff-columns";
import type { RowCallbacks } from "./staff-row-actions";

const resolve = <T,>(updater: Updater<T>, current: T): T => (typeof updater === "function" ? (updater as (old: T) => T)(current) : updater);

/**
 * The clinic's staff. A clinic has a handful, so the browser sorts them (lib/staff/staff-sort.ts) and
 * TanStack only tracks which column is sorted (manual mode, as the shared DataTable expects).
 */
export function StaffTable({ members, viewerId, onLink, onNotice }: { members: StaffMemberDTO[]; viewerId: string } & RowCallbacks) {
  const [sorting, setSorting] = useState<SortingState>([{ id: "name", desc: false }]);
  const [sort] = sorting;
  const data = useMemo(() => (sort && isStaffSort(sort.id) ? sortStaff(members, sort.id, sort.desc) : members), [members, sort]);
  const columns = useMemo(() => staffColumns({ viewerId, onLink, onNotice }), [viewerId, onLink, onNotice]);
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: (updater) => setSorting((current) => resolve(updater, current)),
  });

  if (members.length === 0) {
    return <EmptyState title="No staff yet">Invite the clinic&apos;s clinicians and admins with the form above.</EmptyState>;
  }
  return <DataTable table={table} caption="Clinic staff" />;
}
