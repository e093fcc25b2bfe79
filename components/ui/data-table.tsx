"use client";

import {
  FlexRender,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
  type RowData,
} from "@tanstack/react-table";

/** Table features used across the app: sorting and paging, done by the server (manual mode) where a table has them. */
export const serverTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type ServerTableFeatures = typeof serverTableFeatures;

const sortLabels = { asc: "ascending", desc: "descending" } as const;

/**
 * Renders a TanStack table as a semantic <table>: sortable headers are buttons that announce their
 * order (aria-sort), and the caption names the table for screen readers.
 */
export function DataTable<TData extends RowData>({
  table,
  caption,
  busy = false,
}: {
  table: ReactTable<ServerTableFeatures, TData, unknown>;
  caption: string;
  busy?: boolean;
}) {
  return (
    // Positioned, so the screen-reader-only labels (position: absolute) stay inside the scrolling box
    // instead of making the whole page scroll sideways on a phone.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table aria-busy={busy} className={`w-full text-left text-sm transition-opacity ${busy ? "opacity-60" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-700">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                    className="px-4 py-3 font-semibold"
                  >
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 uppercase hover:text-slate-950"
                      >
                        <FlexRender header={header} />
                        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        <span className="sr-only">{sorted ? `, sorted ${sortLabels[sorted]}` : ", sortable"}</span>
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-4 py-3 align-middle">
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
