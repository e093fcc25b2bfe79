import { queryStringFrom } from "@/lib/core/url-query";

/**
 * The caseload dashboard's URL state as the browser writes it. No zod here, so the dashboard's client
 * components do not load it; params.ts parses.
 */
export const CASELOAD_VIEWS = ["mine", "clinic"] as const;
export const CASELOAD_SORTS = ["alerts", "patient", "phase", "lastLog"] as const;
export const CASELOAD_PAGE_SIZE = 50;

export type CaseloadView = (typeof CASELOAD_VIEWS)[number];
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export type CaseloadParams = { view: CaseloadView; sort: CaseloadSort; dir: "asc" | "desc"; page: number };

/** The defaults as parsed; the view has none here: it depends on the role (params.ts, defaultViewFor). */
export const CASELOAD_DEFAULTS = { view: null, sort: "alerts", dir: "desc", page: 1 } as const;

/** The dashboard URL for a state; the view is always named, so a link means the same for every role. */
export function caseloadHref(params: CaseloadParams): string {
  return `/dashboard${queryStringFrom<{ [K in keyof CaseloadParams]: CaseloadParams[K] | null }>(CASELOAD_DEFAULTS, params, ["view"])}`;
}
