import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/core/audit-actions";
import { addDays, isCalendarDate } from "@/lib/core/calendar";
import { startOfDayIn } from "@/lib/core/time-zones";
import { param, urlState, type RawSearchParams } from "@/lib/core/url-state";
import { ACTIVITY_PAGE_SIZES, DEFAULT_ACTIVITY_PARAMS, type ActivityParams } from "./activity-url";

export type { ActivityParams } from "./activity-url";

/**
 * The Activity page's state, kept in the URL so reload, back and a shared link show the same view.
 * Filters name people and patients by id, never by name, so no patient name lands in a logged URL.
 * Parsing is forgiving: a missing or invalid value falls back to its default. Days are the clinic's
 * days, in its time zone, as every time on the page is shown in it.
 */
const MAX_PAGE = 100_000;

const id = z.uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isCalendarDate);

const activityState = urlState({
  page: param(z.coerce.number().int().min(1).max(MAX_PAGE), DEFAULT_ACTIVITY_PARAMS.page),
  pageSize: param(z.coerce.number().pipe(z.union(ACTIVITY_PAGE_SIZES.map((size) => z.literal(size)))), DEFAULT_ACTIVITY_PARAMS.pageSize),
  actor: param(id.nullable(), DEFAULT_ACTIVITY_PARAMS.actor),
  patient: param(id.nullable(), DEFAULT_ACTIVITY_PARAMS.patient),
  action: param(z.enum(AUDIT_ACTIONS).nullable(), DEFAULT_ACTIVITY_PARAMS.action),
  from: param(day.nullable(), DEFAULT_ACTIVITY_PARAMS.from),
  to: param(day.nullable(), DEFAULT_ACTIVITY_PARAMS.to),
});

export function parseActivityParams(raw: RawSearchParams): ActivityParams {
  const params = activityState.parse(raw);
  // A range given backwards is read the way it was meant.
  return params.from && params.to && params.from > params.to ? { ...params, from: params.to, to: params.from } : params;
}

/** The range as instants: from the start of `from`'s day to the start of the day after `to`, days in the clinic's zone. */
export function activityRange(params: Pick<ActivityParams, "from" | "to">, timeZone: string): { gte?: Date; lt?: Date } {
  return {
    ...(params.from && { gte: startOfDayIn(timeZone, params.from) }),
    ...(params.to && { lt: startOfDayIn(timeZone, addDays(params.to, 1)) }),
  };
}
