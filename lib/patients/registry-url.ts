import { queryStringFrom } from "@/lib/core/url-query";

/**
 * The registry's URL state as the browser writes it: the values, their defaults and the query string.
 * No zod here, so the registry's client components do not load it; registry-params.ts parses.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const SORT_FIELDS = ["name", "dateOfBirth", "updatedAt"] as const;
export const STATUS_FILTERS = ["active", "archived"] as const;
/** `before` of the last page: the rows before the end of the list. */
export const END_CURSOR = "end";

export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = "asc" | "desc";
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/**
 * Paging is by keyset where it can be: Next asks for the rows after the page's last patient (`after`,
 * that patient's id), Previous for the rows before its first (`before`), Last for the rows before the
 * end (`before=end`), so a deep page costs what the first does. `page` is the number shown ("Page 7
 * of 190"); without a cursor (a typed or older link) it is the page by position. Ids, never names,
 * go in the URL: names do not belong in URLs that end up in logs.
 */
export type RegistryParams = {
  page: number;
  pageSize: (typeof PAGE_SIZES)[number];
  sort: SortField;
  dir: SortDirection;
  status: StatusFilter;
  q: string;
  /** A patient id, or "" for none. */
  after: string;
  /** A patient id, END_CURSOR, or "" for none. */
  before: string;
};

export const DEFAULT_REGISTRY_PARAMS: RegistryParams = { page: 1, pageSize: 25, sort: "name", dir: "asc", status: "active", q: "", after: "", before: "" };

/** The query string for a registry state, naming only what differs from the defaults; page 1 never needs a cursor. */
export const registryQueryString = (params: RegistryParams): string =>
  queryStringFrom(DEFAULT_REGISTRY_PARAMS, params.page === 1 ? { ...params, after: "", before: "" } : params);

/** The state that shows page `target` from the page now shown (its first and last rows' ids): by keyset when it can. */
export function registryPageChange(
  params: RegistryParams,
  target: number,
  pageCount: number,
  shown: { firstId: string | undefined; lastId: string | undefined },
): Partial<RegistryParams> {
  const byPosition = { page: target, after: "", before: "" };
  if (target <= 1) return { ...byPosition, page: 1 };
  if (target >= pageCount) return { ...byPosition, page: pageCount, before: END_CURSOR };
  if (target === params.page + 1 && shown.lastId) return { ...byPosition, after: shown.lastId };
  if (target === params.page - 1 && shown.firstId) return { ...byPosition, before: shown.firstId };
  return byPosition;
}
