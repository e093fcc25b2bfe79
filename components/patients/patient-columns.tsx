"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ServerTableFeatures } from "@/components/ui/data-table";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { formatDate } from "@/lib/core/dates";
import type { PatientRowDTO } from "@/lib/patients/types";

const helper = createColumnHelper<ServerTableFeatures, PatientRowDTO>();

const sexLabels: Record<PatientRowDTO["sex"], string> = { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "Unknown" };

/** Column ids of sortable columns match the registry's sort parameter (registry-params.ts). */
export const patientColumns = helper.columns([
  helper.accessor((row) => `${row.lastName}, ${row.firstName}`, {
    id: "name",
    header: "Name",
    cell: ({ row }) => (
      <Link href={`/patients/${row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        {row.original.lastName}, {row.original.firstName}
      </Link>
    ),
  }),
  helper.accessor("recordNumber", { header: "Record no.", enableSorting: false }),
  helper.accessor("dateOfBirth", { header: "Date of birth", cell: ({ getValue }) => formatDate(getValue()) }),
  helper.accessor("sex", { header: "Sex", enableSorting: false, cell: ({ getValue }) => sexLabels[getValue()] }),
  helper.accessor("status", {
    header: "Status",
    enableSorting: false,
    cell: ({ getValue }) =>
      getValue() === "ACTIVE" ? <Badge tone="positive">Active</Badge> : <Badge tone="muted">Archived</Badge>,
  }),
  helper.accessor("updatedAt", {
    header: "Last updated",
    cell: ({ getValue }) => <ClinicDateTime iso={getValue()} />,
  }),
]);
