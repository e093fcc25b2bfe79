import { z } from "zod";
import type { Role } from "@/lib/core/auth/permissions";
import { param, urlState, type RawSearchParams } from "@/lib/core/url-state";
import { CASELOAD_DEFAULTS, CASELOAD_SORTS, CASELOAD_VIEWS, type CaseloadParams, type CaseloadView } from "./caseload-url";

/**
 * The caseload dashboard's state lives in the URL (reload and back keep it): whose patients, sort and
 * page. Parsing is forgiving: a missing or invalid value falls back to its default.
 */
export { CASELOAD_PAGE_SIZE, CASELOAD_SORTS, CASELOAD_VIEWS, caseloadHref } from "./caseload-url";
export type { CaseloadParams, CaseloadSort, CaseloadView } from "./caseload-url";

/** A clinician starts with their own patients, an admin with the whole clinic. */
export const defaultViewFor = (role: Role): CaseloadView => (role === "ADMIN" ? "clinic" : "mine");

const caseloadState = urlState({
  // No default here: it depends on the role (defaultViewFor), and every link names the view.
  view: param(z.enum(CASELOAD_VIEWS).nullable(), null),
  sort: param(z.enum(CASELOAD_SORTS), CASELOAD_DEFAULTS.sort),
  dir: param(z.enum(["asc", "desc"]), CASELOAD_DEFAULTS.dir),
  page: param(z.coerce.number().int().min(1).max(10_000), CASELOAD_DEFAULTS.page),
});

export function parseCaseloadParams(raw: RawSearchParams, role: Role): CaseloadParams {
  const { view, ...rest } = caseloadState.parse(raw);
  return { view: view ?? defaultViewFor(role), ...rest };
}

