"use client";

import { formatDateTime } from "@/lib/core/dates";
import { useHydrated } from "./use-hydrated";

const localFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

/**
 * A time in the reader's own zone. The server does not know it, so the server render (and the first
 * client render, to hydrate cleanly) shows UTC, and the browser then swaps in local time.
 */
export function LocalDateTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  return <time dateTime={iso}>{hydrated ? localFormat.format(new Date(iso)) : formatDateTime(iso, "UTC")}</time>;
}
