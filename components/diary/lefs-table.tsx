"use client";

import { createColumnHelper, useTable } from "@tanstack/react-table";
import { DataTable, serverTableFeatures, type ServerTableFeatures } from "@/components/ui/data-table";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { LEFS_ITEM_COUNT, LEFS_MAX_TOTAL, LEFS_MCID } from "@/lib/lefs/items";
import { signedPoints } from "@/lib/lefs/trend";
import type { LefsResultRowDTO } from "@/lib/lefs/types";

const helper = createColumnHelper<ServerTableFeatures, LefsResultRowDTO>();

const columns = helper.columns([
  helper.accessor("requestedAt", {
    header: "Requested",
    cell: ({ row }) => (
      <span>
        <ClinicDateTime iso={row.original.requestedAt} />
        <span className="block text-xs text-slate-600">by {row.original.requestedByName}</span>
      </span>
    ),
  }),
  helper.accessor("completedAt", {
    header: "Completed",
    cell: ({ getValue }) => {
      const completedAt = getValue();
      return completedAt ? <ClinicDateTime iso={completedAt} /> : "Not yet";
    },
  }),
  helper.accessor("total", {
    header: "Total",
    cell: ({ row }) =>
      row.original.total === null ? (
        `Incomplete (${row.original.answered}/${LEFS_ITEM_COUNT})`
      ) : (
        <span className="font-semibold">
          {row.original.total} / {LEFS_MAX_TOTAL}
        </span>
      ),
  }),
  helper.accessor("change", {
    header: "Change vs previous",
    cell: ({ getValue }) => {
      const change = getValue();
      if (!change) return "—";
      return (
        <span>
          {signedPoints(change.points)} points
          <span className={`block text-xs ${change.meaningful ? "font-semibold text-brand-800" : "text-slate-600"}`}>
            {change.meaningful ? `≥ ${LEFS_MCID} points: meaningful change (MCID)` : `below the ${LEFS_MCID}-point MCID`}
          </span>
        </span>
      );
    },
  }),
]);

/** LEFS results over time, newest first, with each change judged against the 9-point MCID (domain.md §1.5). */
export function LefsTable({ rows }: { rows: LefsResultRowDTO[] }) {
  const table = useTable({ features: serverTableFeatures, columns, data: rows, enableSorting: false, manualPagination: true, getRowId: (row) => row.id });
  return <DataTable table={table} caption="LEFS results, newest first" />;
}
