"use client";

import { Button } from "./button";

/**
 * Page controls with a plain-language position ("21–40 of 385", "Page 2 of 20"). First and Last
 * appear once there are more than two pages; each button's name says "page" to a screen reader.
 */
export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const ends = pageCount > 2;
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p aria-live="polite">
        {first}–{last} of {total.toLocaleString("en")}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {ends && (
          <Button variant="secondary" onClick={() => onPageChange(1)} disabled={page <= 1}>
            First<span className="sr-only"> page</span>
          </Button>
        )}
        <Button variant="secondary" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
          Previous<span className="sr-only"> page</span>
        </Button>
        <span>
          Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
        </span>
        <Button variant="secondary" onClick={() => onPageChange(page + 1)} disabled={page >= pageCount}>
          Next<span className="sr-only"> page</span>
        </Button>
        {ends && (
          <Button variant="secondary" onClick={() => onPageChange(pageCount)} disabled={page >= pageCount}>
            Last<span className="sr-only"> page</span>
          </Button>
        )}
      </div>
    </nav>
  );
}
