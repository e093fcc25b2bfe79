import type { AuditAction } from "@/lib/core/audit-actions";
import { queryStringFrom } from "@/lib/core/url-query";

/**
 * The Activity page's URL state as the browser writes it: the values, their defaults and the query
 * string. No zod here, so the page's client components do not load it; params.ts parses.
 */
export const ACTIVITY_PAGE_SIZES = [25, 50, 100] as const;

export type ActivityParams = {
  page: number;
  pageSize: (typeof ACTIVITY_PAGE_SIZES)[number];
  /** A staff member's or an API key's id. */
  actor: string | null;
  patient: string | null;
  action: AuditAction | null;
  /** The clinic's days (in its time zone), YYYY-MM-DD. */
  from: string | null;
  to: string | null;
};

export const DEFAULT_ACTIVITY_PARAMS: ActivityParams = { page: 1, pageSize: 25, actor: null, patient: null, action: null, from: null, to: null };

/** "?…" naming only what differs from the defaults. */
export const activityQueryString = (params: ActivityParams): string => queryStringFrom(DEFAULT_ACTIVITY_PARAMS, params);
