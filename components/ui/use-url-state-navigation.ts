"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";

export type UrlStateNavigate<State> = (change: Partial<State>, options?: { replace?: boolean }) => void;

/**
 * Writes a list page's state to its URL (lib/core/url-state.ts), so reload and back keep it, inside a
 * transition whose pending flag the table shows as its loading state. Any change but paging goes back
 * to page 1.
 */
export function useUrlStateNavigation<State extends { page: number }>(params: State, queryString: (state: State) => string) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();

  const navigate: UrlStateNavigate<State> = (change, { replace = false } = {}) => {
    const href = `${pathname}${queryString({ ...params, page: 1, ...change })}`;
    startTransition(() => (replace ? router.replace(href) : router.push(href)));
  };

  return { navigate, isPending };
}
