"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { LEFS_ITEM_COUNT } from "@/lib/lefs/items";

/** The "questionnaire waiting" banner; left out on the questionnaire pages, which already show it. */
export function LefsWaitingBanner({ id, answered }: { id: string; answered: number }) {
  const pathname = usePathname();
  if (pathname.startsWith("/portal/questionnaires")) return null;
  return (
    <aside aria-label="Questionnaire waiting" className="mb-6 rounded-lg border border-brand-600/40 bg-brand-50 px-4 py-3 text-brand-800">
      <p className="font-medium">A questionnaire is waiting for you</p>
      <Link href={`/portal/questionnaires/${id}`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
        {answered > 0 ? `Continue the LEFS (${answered} of ${LEFS_ITEM_COUNT} answered)` : "Fill in the LEFS"}
      </Link>
    </aside>
  );
}
