import { z } from "zod";
import type { Role } from "@/lib/core/auth/permissions";
import { param, urlState, type RawSearchParams } from "@/lib/core/url-state";

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

const caseloadState = urlState({
  // No default here: it depends on the role (defaultViewFor), and every link names the view.
  view: param(z.enum(CASELOAD_VIEWS).nullable(), null),
  sort: param(z.enum(CASELOAD_SORTS), "alerts"),
  dir: param(z.enum(["asc", "desc"]), "desc"),
  page: param(z.coerce.number().int().min(1).max(10_000), 1),
});

export function parseCaseloadParams(raw: RawSearchParams, role: Role): CaseloadParams {
  const { view, ...rest } = caseloadState.parse(raw);
  return { view: view ?? defaultViewFor(role), ...rest };
}

/** The dashboard URL for a state; the view is always named, so a link means the same for every role. */
export function caseloadHref(params: CaseloadParams): string {
  return `/dashboard${caseloadState.queryString(params, ["view"])}`;
}
