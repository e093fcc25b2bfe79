import { addDays, weekStart } from "@/lib/core/calendar";

/** Weeks in the trends: the adherence bars are the 4 full weeks before this one; pain includes this week. */
export const TREND_WEEKS = 4;

/** First day of data the page needs: the Monday TREND_WEEKS weeks before this week's. */
export function progressWindowStart(today: string): string {
  return addDays(weekStart(today), -7 * TREND_WEEKS);
}
