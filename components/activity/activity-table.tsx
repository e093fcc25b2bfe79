"use client";

import { useTable, type PaginationState, type Updater } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable, serverTableFeatures } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { activityQueryString, type ActivityParams } from "@/lib/activity/activity-url";
import type { ActivityFiltersDTO, ActivityPageDTO } from "@/lib/activity/types";
import { activityColumns } from "./activity-columns";
import { ActivityFilters } from "./activity-filters";
import { useUrlStateNavigation } from "@/components/ui/use-url-state-navigation";

const resolve = <T,>(updater: Updater<T>, current: T): T => (typeof updater === "function" ? (updater as (old: T) => T)(current) : updater);

/**
 * The clinic's audit trail. The server has filtered and paged the rows; TanStack runs in manual
 * mode and every change goes to the URL, which makes the server load the next page.
 */
export function ActivityTable({ page, params, filters }: { page: ActivityPageDTO; params: ActivityParams; filters: ActivityFiltersDTO }) {
  const { navigate, isPending } = useUrlStateNavigation(params, activityQueryString);
  const columns = useMemo(() => activityColumns(navigate), [navigate]);
  const pagination: PaginationState = { pageIndex: params.page - 1, pageSize: params.pageSize };

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: page.rows,
    rowCount: page.total,
    manualPagination: true,
    manualSorting: true,
    getRowId: (row) => row.id,
    state: { pagination, sorting: [] },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      navigate({ page: next.pageIndex + 1, pageSize: next.pageSize as ActivityParams["pageSize"] });
    },
  });

  const filtered = Boolean(params.actor || params.patient || params.action || params.from || params.to);
  return (
    <div className="space-y-4">
      <ActivityFilters params={params} filters={filters} navigate={navigate} />
      {page.total === 0 ? (
        <EmptyState title={filtered ? "No activity matches these filters" : "No activity yet"}>
          {filtered ? "Try a wider range of days or clear a filter." : "Changes to patients, episodes, programs and the clinic's exercises will be listed here."}
        </EmptyState>
      ) : (
        <>
          <DataTable table={table} caption="Activity, newest first" busy={isPending} />
          <Pagination page={params.page} pageSize={params.pageSize} total={page.total} onPageChange={(p) => navigate({ page: p })} />
        </>
      )}
      <p aria-live="polite" className="sr-only">
        {isPending ? "Loading activity…" : ""}
      </p>
    </div>
  );
}
