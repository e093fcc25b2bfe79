import { z } from "zod";
import { param, urlState } from "@/lib/core/url-state";

/**
 * The patient registry's state lives in the URL so it survives reload and the back button. Parsing is
 * forgiving: a missing or invalid value falls back to its default instead of failing the page.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const SORT_FIELDS = ["name", "dateOfBirth", "updatedAt"] as const;
export const STATUS_FILTERS = ["active", "archived"] as const;

export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = "asc" | "desc";
export type StatusFilter = (typeof STATUS_FILTERS)[number];

const MAX_PAGE = 100_000;
const MAX_QUERY_LENGTH = 100;

const registryState = urlState({
  page: param(z.coerce.number().int().min(1).max(MAX_PAGE), 1),
  pageSize: param(z.coerce.number().pipe(z.union(PAGE_SIZES.map((size) => z.literal(size)))), 25),
  sort: param(z.enum(SORT_FIELDS), "name"),
  dir: param(z.enum(["asc", "desc"]), "asc"),
  status: param(z.enum(STATUS_FILTERS), "active"),
  q: param(z.string().trim().max(MAX_QUERY_LENGTH), ""),
});

export type RegistryParams = ReturnType<typeof registryState.parse>;

export const DEFAULT_REGISTRY_PARAMS: RegistryParams = registryState.defaults;

export const parseRegistryParams = registryState.parse;

/** The query string for a registry state, naming only what differs from the defaults. */
export const registryQueryString = (params: RegistryParams): string => registryState.queryString(params);

/**
 * Search terms for the trigram-indexed search text: lower-cased words, with LIKE wildcards removed
 * so a typed % or _ matches nothing special, and commas dropped so the table's own "Doe, Jane" form
 * works. Every term must match (a "doe jane" search finds Jane Doe).
 */
export function searchTerms(q: string): string[] {
  return q
    .toLowerCase()
    .replace(/[%_\\,;]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
}
