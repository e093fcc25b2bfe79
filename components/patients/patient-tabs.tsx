"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

const TABS = [
  { segment: "assessments", label: "Assessments" },
  { segment: "episodes", label: "Episodes & program" },
  { segment: "progress", label: "Progress" },
  { segment: "diary", label: "Diary" },
  { segment: "visits", label: "Visits" },
] as const;

/** Tabs are links (each tab has its own URL), marked with aria-current for the open one. */
export function PatientTabs({ patientId }: { patientId: string }) {
  const segment = useSelectedLayoutSegment();
  return (
    <nav aria-label="Patient sections" className="print:hidden overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1">
        {TABS.map((tab) => {
          const current = segment === tab.segment;
          return (
            <li key={tab.segment}>
              <Link
                href={`/patients/${patientId}/${tab.segment}`}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                  current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-950"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
