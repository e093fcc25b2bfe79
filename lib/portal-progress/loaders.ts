import "server-only";
import { cache } from "react";
import { requirePatientScope } from "@/lib/core/auth/session";
import { todayIsoDate } from "@/lib/core/dates";
import { getPortalProgressData } from "./data";
import { buildPortalProgress, type PortalProgress } from "./progress";
import { progressWindowStart } from "./window";

/**
 * The signed-in patient's own progress. The scope comes from the session (a staff account or a revoked
 * portal account answers 404), so there is no id to tamper with. Days are UTC calendar days, as the
 * rest of the app stores them.
 */
export const loadPortalProgress = cache(async (): Promise<PortalProgress> => {
  const { scope } = await requirePatientScope();
  const today = todayIsoDate();
  return buildPortalProgress(await getPortalProgressData(scope, progressWindowStart(today)), today);
});
