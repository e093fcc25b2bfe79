"use client";

import { useEffect, useRef } from "react";
import { LEFS_MAX_TOTAL } from "@/lib/lefs/items";

/** The patient's LEFS total; `focus` moves focus here when it has just been reached. */
export function LefsTotal({ total, focus }: { total: number; focus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="rounded-lg border border-brand-600/40 bg-brand-50 px-4 py-4 text-brand-800 outline-none">
      <p className="text-lg font-semibold">
        Your total: {total} out of {LEFS_MAX_TOTAL}
      </p>
      <p className="text-sm">Higher means less difficulty. Thank you: your clinician can see your result.</p>
    </div>
  );
}
