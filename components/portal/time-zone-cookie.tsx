"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/portal/local-date";

/**
 * Tells the server the browser's time zone (a cookie), so "today" is the patient's own day. When the
 * page was rendered for another zone, it is rendered again once; an unchanged cookie never refreshes.
 */
export function TimeZoneCookie({ serverTimeZone }: { serverTimeZone: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const stored = document.cookie
      .split("; ")
      .find((cookie) => cookie.startsWith(`${TIME_ZONE_COOKIE}=`))
      ?.slice(TIME_ZONE_COOKIE.length + 1);
    if (stored === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=31536000; samesite=lax`;
    if (zone !== serverTimeZone) router.refresh();
  }, [router, serverTimeZone]);
  return null;
}
