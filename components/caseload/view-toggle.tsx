import Link from "next/link";
import { caseloadHref, type CaseloadParams, type CaseloadView } from "@/lib/caseload/caseload-url";

const LABELS: Record<CaseloadView, string> = { mine: "My patients", clinic: "Whole clinic" };

/** Whose patients the dashboard shows; a link each, so the choice lives in the URL. */
export function ViewToggle({ params }: { params: CaseloadParams }) {
  return (
    <nav aria-label="Whose patients">
      <ul className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm font-medium">
        {(Object.keys(LABELS) as CaseloadView[]).map((view) => {
          const current = view === params.view;
          return (
            <li key={view}>
              <Link
                href={caseloadHref({ ...params, view, page: 1 })}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-10 items-center rounded px-3 ${current ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100"}`}
              >
                {LABELS[view]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
