"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import type { ServerTableFeatures } from "@/components/ui/data-table";
import { ACTION_LABELS } from "@/lib/activity/summary";
import type { ActivityRowDTO } from "@/lib/activity/types";
import type { UrlStateNavigate } from "@/components/ui/use-url-state-navigation";
import type { ActivityParams } from "@/lib/activity/activity-url";

const helper = createColumnHelper<ServerTableFeatures, ActivityRowDTO>();

const filterButton = "ml-1 text-xs font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";

/** The Activity table's columns; a person or patient cell offers to filter by them. Nothing sorts: the trail reads newest first. */
export function activityColumns(navigate: UrlStateNavigate<ActivityParams>) {
  return helper.columns([
    helper.accessor("at", {
      header: "When",
      enableSorting: false,
      cell: ({ getValue }) => (
        <span className="whitespace-nowrap">
          <ClinicDateTime iso={getValue()} />
        </span>
      ),
    }),
    helper.accessor((row) => row.actor?.name ?? "", {
      id: "who",
      header: "Who",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.actor && (
          <span>
            {row.original.actor.name}
            <button type="button" className={filterButton} onClick={() => navigate({ actor: row.original.actor!.id })}>
              only<span className="sr-only"> changes by {row.original.actor.name}</span>
            </button>
          </span>
        ),
    }),
    helper.accessor("action", { header: "Action", enableSorting: false, cell: ({ getValue }) => ACTION_LABELS[getValue()] }),
    helper.accessor("what", {
      header: "What",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.href ? (
          <Link href={row.original.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {row.original.what}
          </Link>
        ) : (
          row.original.what
        ),
    }),
    helper.accessor((row) => row.patient?.name ?? "", {
      id: "patient",
      header: "Patient",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.patient ? (
          <span className="whitespace-nowrap">
            <Link href={`/patients/${row.original.patient.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {row.original.patient.name}
            </Link>
            <button type="button" className={filterButton} onClick={() => navigate({ patient: row.original.patient!.id })}>
              only<span className="sr-only"> activity about {row.original.patient.name}</span>
            </button>
          </span>
        ) : (
          <span className="text-slate-600">—</span>
        ),
    }),
    helper.accessor((row) => row.changes.length, {
      id: "changes",
      header: "Before → after",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.changes.length ? (
          <ul className="min-w-56 space-y-1">
            {row.original.changes.map((line) => (
              <li key={line.field}>
                <span className="font-medium">{line.field}:</span> <span className="text-slate-700">{line.before}</span> →{" "}
                <span className="text-slate-950">{line.after}</span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-slate-600">—</span>
        ),
    }),
  ]);
}
