"use client";

import { createColumnHelper, useTable } from "@tanstack/react-table";
import { DataTable, serverTableFeatures, type ServerTableFeatures } from "@/components/ui/data-table";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { formatDuration } from "@/lib/cramps/duration";
import { CRAMP_CONTEXT_LABELS, CRAMP_SIDE_LABELS, MUSCLE_SITE_LABELS, RELIEF_METHOD_LABELS } from "@/lib/cramps/labels";
import type { CrampDTO } from "@/lib/cramps/types";

const helper = createColumnHelper<ServerTableFeatures, CrampDTO>();

const columns = helper.columns([
  helper.accessor("onsetAt", { header: "When", cell: ({ getValue }) => <ClinicDateTime iso={getValue()} /> }),
  helper.accessor((cramp) => CRAMP_CONTEXT_LABELS[cramp.context], { id: "context", header: "Context" }),
  helper.accessor((cramp) => MUSCLE_SITE_LABELS[cramp.muscleSite], { id: "site", header: "Site" }),
  helper.accessor((cramp) => CRAMP_SIDE_LABELS[cramp.side], { id: "side", header: "Side" }),
  helper.accessor((cramp) => formatDuration(cramp.durationSeconds), { id: "duration", header: "Duration" }),
  helper.accessor((cramp) => `${cramp.severity}/10`, { id: "severity", header: "Severity" }),
  helper.accessor((cramp) => (cramp.stoppedActivity ? "Yes" : "No"), { id: "stopped", header: "Stopped activity" }),
  helper.accessor((cramp) => cramp.reliefMethods.map((method) => RELIEF_METHOD_LABELS[method]).join(", ") || "Not recorded", {
    id: "relief",
    header: "Relief",
  }),
  helper.display({
    id: "redFlag",
    header: "Red flag",
    cell: ({ row }) =>
      row.original.redFlags.length === 0 ? (
        "None"
      ) : (
        <ul className="space-y-1">
          {row.original.redFlags.map((flag) => (
            <li key={flag.code} className="font-medium text-red-800">
              <span aria-hidden="true">⚠ </span>
              {flag.clinicianLabel} <span className="text-xs font-normal text-slate-600">[{flag.source}]</span>
            </li>
          ))}
        </ul>
      ),
  }),
]);

/** The patient's cramp diary, newest first, with R-CRAMP red flags in words (domain.md §6). */
export function CrampTable({ rows }: { rows: CrampDTO[] }) {
  const table = useTable({ features: serverTableFeatures, columns, data: rows, enableSorting: false, manualPagination: true, getRowId: (row) => row.id });
  return <DataTable table={table} caption="Cramps, newest first" />;
}
