"use client";

import { createColumnHelper, useTable } from "@tanstack/react-table";
import { DataTable, serverTableFeatures, type ServerTableFeatures } from "@/components/ui/data-table";
import { formatDate } from "@/lib/core/dates";
import type { ExerciseLogRowDTO } from "@/lib/diary/types";

const helper = createColumnHelper<ServerTableFeatures, ExerciseLogRowDTO>();
const painText = (pain: number | null) => (pain === null ? "Not recorded" : `${pain}/10`);

const columns = helper.columns([
  helper.accessor("performedOn", { header: "Date", cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue())}</time> }),
  helper.accessor("exerciseName", {
    header: "Exercise",
    cell: ({ row }) => (
      <span>
        {row.original.exerciseName} <span className="text-xs text-slate-600">{row.original.exerciseCode}</span>
      </span>
    ),
  }),
  helper.accessor("doseDone", {
    header: "Dose done",
    cell: ({ row }) => (
      <span>
        {row.original.doseDone}
        {!row.original.asPrescribed && row.original.prescribedDose && (
          <span className="block text-xs text-slate-600">prescribed {row.original.prescribedDose}</span>
        )}
      </span>
    ),
  }),
  helper.accessor("painDuring", { header: "Pain during", cell: ({ getValue }) => painText(getValue()) }),
  helper.accessor("nextMorningPain", { header: "Next-morning pain", cell: ({ getValue }) => painText(getValue()) }),
  helper.accessor("programVersion", { header: "Program version", cell: ({ getValue }) => `v${getValue()}` }),
]);

/** The patient's exercise logs, newest first (the server orders and limits them). */
export function ExerciseLogTable({ rows }: { rows: ExerciseLogRowDTO[] }) {
  const table = useTable({ features: serverTableFeatures, columns, data: rows, enableSorting: false, manualPagination: true, getRowId: (row) => row.id });
  return <DataTable table={table} caption="Exercise logs, newest first" />;
}
