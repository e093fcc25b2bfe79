"use client";

import { useTable, type SortingState, type Updater } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useMemo, useTransition } from "react";
import { DataTable, serverTableFeatures } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { caseloadHref, CASELOAD_PAGE_SIZE, CASELOAD_SORTS, type CaseloadParams, type CaseloadSort } from "@/lib/caseload/caseload-url";
import type { CaseloadDTO } from "@/lib/caseload/types";
import { caseloadColumns } from "./caseload-columns";

const resolve = <T,>(updater: Updater<T>, current: T): T => (typeof updater === "function" ? (updater as (old: T) => T)(current) : updater);
const isSort = (id: string): id is CaseloadSort => (CASELOAD_SORTS as readonly string[]).includes(id);

/**
 * The patients needing attention. The server has computed, sorted and paged the rows; TanStack runs in
 * manual mode and each sort or page change goes into the URL, which makes the server load it.
 */
export function CaseloadTable({ caseload, params }: { caseload: CaseloadDTO; params: CaseloadParams }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const navigate = (change: Partial<CaseloadParams>) => {
    startTransition(() => router.push(caseloadHref({ ...params, page: 1, ...change })));
  };

  const columns = useMemo(() => caseloadColumns(caseload.alertRules), [caseload.alertRules]);
  const sorting: SortingState = [{ id: params.sort, desc: params.dir === "desc" }];
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: caseload.rows,
    rowCount: caseload.total,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    getRowId: (row) => row.episodeId,
    state: { sorting },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      if (next && isSort(next.id)) navigate({ sort: next.id, dir: next.desc ? "desc" : "asc" });
    },
  });

  if (caseload.total === 0) {
    return (
      <EmptyState title="No patients need attention">
        None of the {caseload.activeEpisodes} active episodes {params.view === "mine" ? "you are responsible for" : "in the clinic"} has an alert.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      <DataTable table={table} caption="Patients needing attention" busy={isPending} />
      {caseload.total > CASELOAD_PAGE_SIZE && (
        <Pagination page={params.page} pageSize={CASELOAD_PAGE_SIZE} total={caseload.total} onPageChange={(page) => navigate({ page })} />
      )}
      <p aria-live="polite" className="sr-only">
        {isPending ? "Loading patients…" : ""}
      </p>
    </div>
  );
}
