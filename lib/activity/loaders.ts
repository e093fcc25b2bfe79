import "server-only";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { getActivityFilters, listActivity } from "./data";
import type { ActivityParams } from "./params";

/** The Activity page: admins only (404 for anyone else), the caller's clinic's events and the filters' choices. */
export const loadActivityPage = cache(async (params: ActivityParams) => {
  const { scope } = await requireClinicScope("audit:read");
  const [page, filters] = await Promise.all([listActivity(scope, params), getActivityFilters(scope, params.patient)]);
  return { page, filters };
});
