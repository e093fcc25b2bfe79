import { z } from "zod";
import type { Role } from "@/lib/core/auth/permissions";

/**
 * The caseload dashboard's state lives in the URL (reload and back keep it): whose patients, sort and
 * page. Parsing is forgiving: a missing or invalid value falls back to its default.
 */
export const CASELOAD_VIEWS = ["mine", "clinic"] as const;
export const CASELOAD_SORTS = ["alerts", "patient", "phase", "lastLog"] as const;
export const CASELOAD_PAGE_SIZE = 50;

export type CaseloadView = (typeof CASELOAD_VIEWS)[number];
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export type CaseloadParams = { view: CaseloadView; sort: CaseloadSort; dir: "asc" | "desc"; page: number };

/** A clinician starts with their own patients, an admin with the whole clinic. */
export const defaultViewFor = (role: Role): CaseloadView => (role === "ADMIN" ? "clinic" : "mine");

const DEFAULTS = { sort: "alerts", dir: "desc", page: 1 } as const;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const schema = z.object({
  view: z.preprocess(first, z.enum(CASELOAD_VIEWS).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(CASELOAD_SORTS)).catch(DEFAULTS.sort),
  dir: z.preprocess(first, z.enum(["asc", "desc"])).catch(DEFAULTS.dir),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(DEFAULTS.page),
});

export function parseCaseloadParams(raw: Record<string, string | string[] | undefined>, role: Role): CaseloadParams {
  const { view, ...rest } = schema.parse(raw);
  return { view: view ?? defaultViewFor(role), ...rest };
}

/** The dashboard URL for a state; the view is always named, so a link means the same for every role. */
export function caseloadHref(params: CaseloadParams): string {
  const query = new URLSearchParams({ view: params.view });
  if (params.sort !== DEFAULTS.sort) query.set("sort", params.sort);
  if (params.dir !== DEFAULTS.dir) query.set("dir", params.dir);
  if (params.page !== DEFAULTS.page) query.set("page", String(params.page));
  return `/dashboard?${query.toString()}`;
}
