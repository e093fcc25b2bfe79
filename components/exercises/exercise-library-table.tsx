"use client";

import { createColumnHelper, useTable } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { DataTable, serverTableFeatures, type ServerTableFeatures } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClasses } from "@/components/ui/field";
import { EXERCISES, isAllowedInPhase } from "@/lib/exercises/library";
import { PHASES, type ExerciseDefinition, type Phase, type Target } from "@/lib/exercises/library-types";

const TARGET_LABELS: Record<Target, string> = {
  HAMSTRINGS: "Hamstrings",
  GLUTEUS_MAXIMUS: "Gluteus maximus",
  GLUTEUS_MEDIUS: "Gluteus medius",
  HIP_FLEXORS: "Hip flexors",
  CORE: "Core",
  GENERAL: "General conditioning",
};
const PHASE_LABELS: Record<Phase, string> = { ACUTE: "Acute", SUBACUTE: "Subacute", PREVENTION: "Prevention" };

const helper = createColumnHelper<ServerTableFeatures, ExerciseDefinition>();
const columns = helper.columns([
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
  helper.accessor((exercise) => PHASES.filter((phase) => isAllowedInPhase(exercise, phase)).map((phase) => PHASE_LABELS[phase]).join(", "), {
    id: "phases",
    header: "Phases",
  }),
  helper.accessor((exercise) => `${exercise.dosage.text} · ${exercise.frequencyText}`, { id: "dosage", header: "Default dose" }),
  helper.accessor((exercise) => exercise.sources.join(", "), { id: "sources", header: "Source" }),
]);

/** The shared library (domain.md §2.2), read-only, filtered by text, target and allowed phase. */
export function ExerciseLibraryTable() {
  const [query, setQuery] = useState("");
  const [target, setTarget] = useState<Target | "">("");
  const [phase, setPhase] = useState<Phase | "">("");
  const data = useMemo(
    () =>
      EXERCISES.filter(
        (exercise) =>
          (!query || `${exercise.name} ${exercise.code}`.toLowerCase().includes(query.trim().toLowerCase())) &&
          (!target || (exercise.targets as readonly Target[]).includes(target)) &&
          (!phase || isAllowedInPhase(exercise, phase)),
      ),
    [query, target, phase],
  );
  // 40 rows filtered in the browser: no sorting or paging needed.
  const table = useTable({ features: serverTableFeatures, columns, data, enableSorting: false, manualPagination: true, getRowId: (row) => row.code });

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
            {Object.entries(PHASE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {data.length} of {EXERCISES.length} exercises
      </p>
      {data.length === 0 ? (
        <EmptyState title="No exercise matches these filters" />
      ) : (
        <DataTable table={table} caption="Exercise library" />
      )}
    </div>
  );
}
