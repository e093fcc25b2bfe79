"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ChartTableDTO } from "@/lib/progress/types";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { CaptionedTable } from "@/components/ui/captioned-table";

/**
 * One chart with everything around it: a title (a heading), what is drawn and in which units, a text
 * legend, an empty state, and a "Show as table" toggle that reveals the same numbers as a real table.
 */
export function ChartCard({
  id,
  title,
  description,
  legend,
  empty,
  table,
  controls,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  legend: readonly LegendItem[];
  /** The empty state's message, or null when there is data to draw. */
  empty: string | null;
  table: ChartTableDTO;
  /** A picker that belongs to this chart, shown under the description. */
  controls?: ReactNode;
  children: ReactNode;
}) {
  const [showTable, setShowTable] = useState(false);
  const hydrated = useHydrated();
  const tableId = `${id}-table`;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="space-y-1">
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h3>
        <p className="text-sm text-slate-700">{description}</p>
      </div>
      {controls}
      {empty !== null ? (
        <EmptyState title={empty} />
      ) : (
        <>
          <ChartLegend items={legend} />
          <div className="w-full">{children}</div>
          <Button
            variant="secondary"
            aria-expanded={showTable}
            aria-controls={tableId}
            disabled={!hydrated}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? "Hide table" : "Show as table"}
            <span className="sr-only">: {title}</span>
          </Button>
          <div id={tableId} hidden={!showTable}>
            <CaptionedTable id={`${id}-data`} table={table} />
          </div>
        </>
      )}
    </section>
  );
}
