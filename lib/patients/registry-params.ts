import { z } from "zod";

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

export type RegistryParams = {
  page: number;
  pageSize: (typeof PAGE_SIZES)[number];
  sort: SortField;
  dir: SortDirection;
  status: StatusFilter;
  q: string;
};

export const DEFAULT_REGISTRY_PARAMS: RegistryParams = {
  page: 1,
  pageSize: 25,
  sort: "name",
  dir: "asc",
  status: "active",
  q: "",
};

const MAX_PAGE = 100_000;
const MAX_QUERY_LENGTH = 100;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const registryParamsSchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(DEFAULT_REGISTRY_PARAMS.page),
  pageSize: z
    .preprocess(first, z.coerce.number().pipe(z.union(PAGE_SIZES.map((size) => z.literal(size)))))
    .catch(DEFAULT_REGISTRY_PARAMS.pageSize),
  sort: z.preprocess(first, z.enum(SORT_FIELDS)).catch(DEFAULT_REGISTRY_PARAMS.sort),
  dir: z.preprocess(first, z.enum(["asc", "desc"])).catch(DEFAULT_REGISTRY_PARAMS.dir),
  status: z.preprocess(first, z.enum(STATUS_FILTERS)).catch(DEFAULT_REGISTRY_PARAMS.status),
  q: z
    .preprocess(first, z.string().trim().max(MAX_QUERY_LENGTH))
    .catch(DEFAULT_REGISTRY_PARAMS.q),
});

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseRegistryParams(raw: RawSearchParams): RegistryParams {
  return registryParamsSchema.parse(raw) as RegistryParams;
}

/** The query string for a registry state, naming only what differs from the defaults. */
export function registryQueryString(params: RegistryParams): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_REGISTRY_PARAMS) as (keyof RegistryParams)[]) {
    if (params[key] !== DEFAULT_REGISTRY_PARAMS[key]) query.set(key, String(params[key]));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

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
