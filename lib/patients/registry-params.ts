import { z } from "zod";
import { param, urlState, type RawSearchParams } from "@/lib/core/url-state";
import { DEFAULT_REGISTRY_PARAMS, END_CURSOR, PAGE_SIZES, SORT_FIELDS, STATUS_FILTERS, type RegistryParams } from "./registry-url";

export { DEFAULT_REGISTRY_PARAMS, END_CURSOR, PAGE_SIZES, registryPageChange, registryQueryString, SORT_FIELDS, STATUS_FILTERS } from "./registry-url";
export type { RegistryParams, SortDirection, SortField, StatusFilter } from "./registry-url";

const MAX_PAGE = 100_000;
const MAX_QUERY_LENGTH = 100;

/**
 * The patient registry's state lives in the URL so it survives reload and the back button. Parsing is
 * forgiving: a missing or invalid value falls back to its default instead of failing the page.
 */
const registryState = urlState({
  page: param(z.coerce.number().int().min(1).max(MAX_PAGE), DEFAULT_REGISTRY_PARAMS.page),
  pageSize: param(z.coerce.number().pipe(z.union(PAGE_SIZES.map((size) => z.literal(size)))), DEFAULT_REGISTRY_PARAMS.pageSize),
  sort: param(z.enum(SORT_FIELDS), DEFAULT_REGISTRY_PARAMS.sort),
  dir: param(z.enum(["asc", "desc"]), DEFAULT_REGISTRY_PARAMS.dir),
  status: param(z.enum(STATUS_FILTERS), DEFAULT_REGISTRY_PARAMS.status),
  q: param(z.string().trim().max(MAX_QUERY_LENGTH), DEFAULT_REGISTRY_PARAMS.q),
  // A cursor is a patient id; anything else means none (the page by position).
  after: param(z.uuid(), DEFAULT_REGISTRY_PARAMS.after),
  before: param(z.union([z.literal(END_CURSOR), z.uuid()]), DEFAULT_REGISTRY_PARAMS.before),
});

export const parseRegistryParams = (raw: RawSearchParams): RegistryParams => registryState.parse(raw);

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
