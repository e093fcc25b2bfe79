"use client";

import { createColumnHelper, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, serverTableFeatures, type ServerTableFeatures } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClasses } from "@/components/ui/field";
import { createExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { isClinicExercise, type ClinicExerciseDefinition } from "@/lib/exercises/clinic-exercise";
import { SHORT_PHASE_LABELS, TARGET_LABELS } from "@/lib/exercises/labels";
import { isAllowedInPhase } from "@/lib/exercises/library";
import { PHASES, type ExerciseDefinition, type Phase, type Target } from "@/lib/exercises/library-types";

type Origin = "" | "shared" | "clinic";

const helper = createColumnHelper<ServerTableFeatures, ExerciseDefinition>();
const baseColumns = helper.columns([
  helper.display({
    id: "picture",
    header: () => <span className="sr-only">Picture</span>,
    // eslint-disable-next-line @next/next/no-img-element -- small local SVG pictograms need no optimisation
    cell: ({ row }) => <img src={row.original.illustration} alt="" width={72} height={48} />,
  }),
  helper.accessor("name", {
    header: "Exercise",
    cell: ({ row }) => (
      <span>
        <span className="font-medium">{row.original.name}</span> <span className="text-xs text-slate-600">{row.original.code}</span>
        <span className="block text-xs text-slate-700">{row.original.instructions}</span>
      </span>
    ),
  }),
  helper.accessor((exercise) => exercise.targets.map((target) => TARGET_LABELS[target]).join(", "), { id: "targets", header: "Targets" }),
  helper.accessor((exercise) => PHASES.filter((phase) => isAllowedInPhase(exercise, phase)).map((phase) => SHORT_PHASE_LABELS[phase]).join(", "), {
    id: "phases",
    header: "Phases",
  }),
  helper.accessor((exercise) => `${exercise.dosage.text} · ${exercise.frequencyText}`, { id: "dosage", header: "Default dose" }),
  helper.display({
    id: "source",
    header: "Source",
    cell: ({ row }) =>
      isClinicExercise(row.original) ? (
        <span className="flex flex-col items-start gap-1">
          <Badge tone="positive">Clinic</Badge>
          <span>{row.original.sources.join(", ")}</span>
        </span>
      ) : (
        row.original.sources.join(", ")
      ),
  }),
]);
const editableColumns = helper.columns([
  ...baseColumns,
  helper.display({
  id: "edit",
  header: () => <span className="sr-only">Edit</span>,
  cell: ({ row }) =>
    isClinicExercise(row.original) && (
      <Link href={`/exercises/${row.original.clinicExerciseId}/edit`} className="font-medium text-brand-700 underline" aria-label={`Edit ${row.original.name}`}>
        Edit
      </Link>
    ),
  }),
]);

/**
 * The shared library (domain.md §2.2) and the clinic's own exercises, filtered by text, source, target
 * and allowed phase. Read-only, except that admins get an Edit link on the clinic's own exercises.
 */
export function ExerciseLibraryTable({ clinicExercises, canEdit }: { clinicExercises: readonly ClinicExerciseDefinition[]; canEdit: boolean }) {
  const [query, setQuery] = useState("");
  const [origin, setOrigin] = useState<Origin>("");
  const [target, setTarget] = useState<Target | "">("");
  const [phase, setPhase] = useState<Phase | "">("");
  const offered = useMemo(() => createExerciseCatalogue(clinicExercises).offered, [clinicExercises]);
  const data = useMemo(
    () =>
      offered.filter(
        (exercise) =>
          (!query || `${exercise.name} ${exercise.code}`.toLowerCase().includes(query.trim().toLowerCase())) &&
          (!origin || (origin === "clinic") === isClinicExercise(exercise)) &&
          (!target || (exercise.targets as readonly Target[]).includes(target)) &&
          (!phase || isAllowedInPhase(exercise, phase)),
      ),
    [offered, query, origin, target, phase],
  );
  // Some 40–60 rows filtered in the browser: no sorting or paging needed.
  const table = useTable({ features: serverTableFeatures, columns: canEdit ? editableColumns : baseColumns, data, enableSorting: false, manualPagination: true, getRowId: (row) => row.code });

  return (
    <div className="space-y-4">
      <div role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="exercise-search" className="mb-1 block text-sm font-medium">
            Search exercises
          </label>
          <input id="exercise-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} className={inputClasses} />
        </div>
        <div>
          <label htmlFor="exercise-origin" className="mb-1 block text-sm font-medium">
            Source
          </label>
          <select id="exercise-origin" value={origin} onChange={(event) => setOrigin(event.target.value as Origin)} className={inputClasses}>
            <option value="">Shared library and clinic</option>
            <option value="shared">Shared library only</option>
            <option value="clinic">This clinic’s exercises only</option>
          </select>
        </div>
        <div>
          <label htmlFor="exercise-target" className="mb-1 block text-sm font-medium">
            Target
          </label>
          <select id="exercise-target" value={target} onChange={(event) => setTarget(event.target.value as Target | "")} className={inputClasses}>
            <option value="">All targets</option>
            {Object.entries(TARGET_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="exercise-phase" className="mb-1 block text-sm font-medium">
            Allowed in phase
          </label>
          <select id="exercise-phase" value={phase} onChange={(event) => setPhase(event.target.value as Phase | "")} className={inputClasses}>
            <option value="">Any phase</option>
            {Object.entries(SHORT_PHASE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {data.length} of {offered.length} exercises
      </p>
      {data.length === 0 ? (
        <EmptyState title="No exercise matches these filters" />
      ) : (
        <DataTable table={table} caption="Exercise library" />
      )}
    </div>
  );
}
