import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

/** One table of the Diary tab: heading, optional actions, its empty state, and a note when rows are left out. */
export function DiaryTableSection({
  id,
  heading,
  noun,
  shown,
  total,
  emptyTitle,
  emptyText,
  actions,
  children,
}: {
  id: string;
  heading: string;
  /** Plural, for "Showing the newest 100 of 240 cramps." */
  noun: string;
  shown: number;
  total: number;
  emptyTitle: string;
  emptyText: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          {heading}
        </h3>
        {actions}
      </div>
      {total === 0 ? (
        <EmptyState title={emptyTitle}>{emptyText}</EmptyState>
      ) : (
        <>
          {total > shown && (
            <p className="text-sm text-slate-700">
              Showing the newest {shown} of {total.toLocaleString("en")} {noun}.
            </p>
          )}
          {children}
        </>
      )}
    </section>
  );
}
