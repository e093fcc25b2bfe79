"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { registryQueryString, type RegistryParams } from "@/lib/patients/registry-params";

/**
 * Writes registry state to the URL (so reload and back keep it) inside a transition, whose pending
 * flag the table uses as its loading state. Any change except paging goes back to page 1.
 */
export function useRegistryNavigation(params: RegistryParams) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();

  function navigate(change: Partial<RegistryParams>, { replace = false } = {}) {
    const next = { ...params, page: 1, ...change };
    const href = `${pathname}${registryQueryString(next)}`;
    startTransition(() => (replace ? router.replace(href) : router.push(href)));
  }

  return { navigate, isPending };
}
