/**
 * The diary's state in its URL: day or week, which day (the week around it), which clinician. Parsing
 * is forgiving: a bad value falls back to the default (today in the clinic, the viewer's own diary).
 */
import { z } from "zod";
import { addDays, isCalendarDate, weekStart } from "@/lib/core/calendar";
import { param, urlState, type RawSearchParams } from "@/lib/core/url-state";

export const DIARY_VIEWS = ["day", "week"] as const;
export type DiaryView = (typeof DIARY_VIEWS)[number];

const diaryState = urlState({
  view: param(z.enum(DIARY_VIEWS), "day"),
  /** "" = the clinic's today. */
  date: param(z.string().refine(isCalendarDate), ""),
  /** "" = the viewer's own diary. */
  clinician: param(z.uuid(), ""),
});

export type DiaryParams = { view: DiaryView; date: string; clinician: string };

export const DIARY_DEFAULTS: DiaryParams = diaryState.defaults;

export function parseDiaryParams(raw: RawSearchParams): DiaryParams {
  return diaryState.parse(raw);
}

export function diaryHref(params: DiaryParams): string {
  return `/appointments${diaryState.queryString(params)}`;
}

/** The days the view shows: the one day, or Monday to Sunday of its week. */
export function diaryDays(view: DiaryView, day: string): { from: string; to: string } {
  if (view === "day") return { from: day, to: day };
  const monday = weekStart(day);
  return { from: monday, to: addDays(monday, 6) };
}

/** The day the Previous / Next links go to: a day or a week either side. */
export function diaryStep(view: DiaryView, day: string, direction: -1 | 1): string {
  return addDays(day, direction * (view === "day" ? 1 : 7));
}
