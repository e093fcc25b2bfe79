"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { PhaseBadge } from "@/components/episodes/phase-badge";
import type { ServerTableFeatures } from "@/components/ui/data-table";
import { alertHref } from "@/lib/caseload/alert-href";
import type { AlertRuleDTO, CaseloadRowDTO } from "@/lib/caseload/types";
import type { AlertKind } from "@/lib/caseload/alerts";
import { formatDate } from "@/lib/core/dates";

const helper = createColumnHelper<ServerTableFeatures, CaseloadRowDTO>();

const day = (value: string | null, none: string) => (value ? <time dateTime={value}>{formatDate(value)}</time> : <span className="text-slate-600">{none}</span>);

/**
 * Column ids of sortable columns match the dashboard's sort parameter (lib/caseload/params.ts). A row's
 * chips carry their kind and detail; the words and source of each kind come once with the page.
 */
export const caseloadColumns = (alertRules: Record<AlertKind, AlertRuleDTO>) =>
  helper.columns([
    helper.accessor("patientName", {
      id: "patient",
      header: "Patient",
      cell: ({ row }) => (
        <div className="min-w-40">
          <Link href={`/patients/${row.original.patientId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {row.original.patientName}
          </Link>
          <span className="block text-xs text-slate-700">
            {row.original.recordNumber} · {row.original.diagnosis}
          </span>
        </div>
      ),
    }),
    helper.accessor("phase", { header: "Phase", cell: ({ getValue }) => <PhaseBadge phase={getValue()} /> }),
    helper.accessor((row) => row.alerts.length, {
      id: "alerts",
      header: "Needs attention",
      cell: ({ row }) => (
        <ul className="flex min-w-56 flex-col gap-1" aria-label={row.original.alerts.length === 1 ? "1 reason" : `${row.original.alerts.length} reasons`}>
          {row.original.alerts.map((alert) => (
            <li key={alert.kind}>
              <Link
                href={alertHref(alert.kind, row.original.patientId, row.original.episodeId)}
                className="inline-block rounded-md border border-slate-300 bg-slate-50 px-2 py-1 text-xs text-slate-800 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="font-semibold">{alertRules[alert.kind].label}</span>
                <span className="text-slate-700"> — {alert.detail}</span>
                <span className="block text-slate-600">Rule: {alertRules[alert.kind].source}</span>
              </Link>
            </li>
          ))}
        </ul>
      ),
    }),
    helper.accessor("lastLogOn", { id: "lastLog", header: "Last log", cell: ({ getValue }) => day(getValue(), "Never") }),
    helper.accessor("lastAssessedOn", { id: "lastAssessed", header: "Last assessment", enableSorting: false, cell: ({ getValue }) => day(getValue(), "None") }),
  ]);
