"use client";

import { useTable, type PaginationState, type SortingState, type Updater } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable, serverTableFeatures } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { registryPageChange, registryQueryString, SORT_FIELDS, type RegistryParams, type SortField } from "@/lib/patients/registry-url";
import type { PatientPageDTO } from "@/lib/patients/types";
import { patientColumns } from "./patient-columns";
import { PatientToolbar } from "./patient-toolbar";
import { useUrlStateNavigation } from "@/components/ui/use-url-state-navigation";

const resolve = <T,>(updater: Updater<T>, current: T): T =>
  typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;

const isSortField = (id: string): id is SortField => (SORT_FIELDS as readonly string[]).includes(id);

/**
 * The registry table. The server has already sorted, filtered and paged the rows; TanStack runs in
 * manual mode and every change is written to the URL, which makes the server load the next page.
 * Next, Previous and Last write a keyset cursor (the id of the page's last or first patient, or the
 * end) beside the page number, so the server seeks to the page instead of counting rows up to it.
 */
export function PatientRegistry({ page, params }: { page: PatientPageDTO; params: RegistryParams }) {
  const { navigate, isPending } = useUrlStateNavigation(params, registryQueryString);

  const sorting: SortingState = [{ id: params.sort, desc: params.dir === "desc" }];
  const pagination: PaginationState = { pageIndex: page.page - 1, pageSize: params.pageSize };
  const pageCount = Math.max(1, Math.ceil(page.total / params.pageSize));
  const toPage = (target: number) =>
    navigate(registryPageChange({ ...params, page: page.page }, target, pageCount, { firstId: page.rows[0]?.id, lastId: page.rows.at(-1)?.id }));

  const table = useTable({
    features: serverTableFeatures,
    columns: patientColumns,
    data: page.rows,
    rowCount: page.total,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    getRowId: (row) => row.id,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      if (next && isSortField(next.id)) navigate({ sort: next.id, dir: next.desc ? "desc" : "asc" });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      navigate({ page: next.pageIndex + 1, pageSize: next.pageSize as RegistryParams["pageSize"], after: "", before: "" });
    },
  });

  return (
    <div className="space-y-4">
      <PatientToolbar params={params} onChange={navigate} />
      {page.total === 0 ? (
        <EmptyState title={params.q ? `No ${params.status} patients match “${params.q}”` : `No ${params.status} patients`}>
          {params.q ? (
            <button type="button" onClick={() => navigate({ q: "" })} className="font-medium text-brand-700 underline">
              Clear the search
            </button>
          ) : params.status === "active" ? (
            <Link href="/patients/new" className="font-medium text-brand-700 underline">
              Register the first patient
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <DataTable table={table} caption="Patients" busy={isPending} />
          <Pagination page={page.page} pageSize={params.pageSize} total={page.total} onPageChange={toPage} />
        </>
      )}
      <p aria-live="polite" className="sr-only">
        {isPending ? "Loading patients…" : ""}
      </p>
    </div>
  );
}
