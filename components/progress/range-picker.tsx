import Link from "next/link";
import { PROGRESS_RANGES, RANGE_LABELS } from "@/lib/progress/range";
import { progressQueryString, type ProgressParams } from "@/lib/progress/schema";

/** The time range as links (works without JavaScript), the current one marked for screen readers. */
export function RangePicker({ basePath, params }: { basePath: string; params: ProgressParams }) {
  return (
    <nav aria-label="Time range">
      <ul className="flex flex-wrap gap-2">
        {PROGRESS_RANGES.map((range) => {
          const current = range === params.range;
          return (
            <li key={range}>
              <Link
                href={`${basePath}${progressQueryString({ ...params, range })}`}
                scroll={false}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium ${
                  current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                }`}
              >
                {RANGE_LABELS[range]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
