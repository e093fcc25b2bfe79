"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { activityQueryString, type ActivityParams } from "@/lib/activity/params";

export type ActivityNavigate = (change: Partial<ActivityParams>) => void;

/** Writes the Activity page's state to the URL inside a transition (its pending flag is the table's loading state). Any change but paging goes back to page 1. */
export function useActivityNavigation(params: ActivityParams): { navigate: ActivityNavigate; isPending: boolean } {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();

  const navigate = useCallback(
    (change: Partial<ActivityParams>) => {
      const next = { ...params, page: 1, ...change };
      startTransition(() => router.push(`${pathname}${activityQueryString(next)}`));
    },
    [params, pathname, router],
  );

  return { navigate, isPending };
}
