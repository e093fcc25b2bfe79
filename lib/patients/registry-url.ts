import { queryStringFrom } from "@/lib/core/url-query";

/**
 * The registry's URL state as the browser writes it: the values, their defaults and the query string.
 * No zod here, so the registry's client components do not load it; registry-params.ts parses.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const SORT_FIELDS = ["name", "dateOfBirth", "updatedAt"] as const;
export const STATUS_FILTERS = ["active", "archived"] as const;

export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = "asc" | "desc";
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export type RegistryParams = {
  page: number;
  pageSize: (typeof PAGE_SIZES)[number];
  sort: SortField;
  dir: SortDirection;
  status: StatusFilter;
  q: string;
};

export const DEFAULT_REGISTRY_PARAMS: RegistryParams = { page: 1, pageSize: 25, sort: "name", dir: "asc", status: "active", q: "" };

/** The query string for a registry state, naming only what differs from the defaults. */
export const registryQueryString = (params: RegistryParams): string => queryStringFrom(DEFAULT_REGISTRY_PARAMS, params);
