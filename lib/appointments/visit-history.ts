import { z } from "zod";
import { param, urlState, type RawSearchParams } from "@/lib/core/url-state";

/**
 * The Visits tab's past visits come a page at a time, latest first; `?past=N` names the page, so
 * reload and back keep it. A missing or invalid value is the first page.
 */
export const PAST_VISITS_PAGE_SIZE = 50;

const visitHistoryState = urlState({ past: param(z.coerce.number().int().min(1).max(10_000), 1) });

export const parsePastVisitsPage = (raw: RawSearchParams): number => visitHistoryState.parse(raw).past;

/** The Visits tab at that page of past visits. */
export const pastVisitsHref = (patientId: string, page: number) => `/patients/${patientId}/visits${visitHistoryState.queryString({ past: page })}`;
