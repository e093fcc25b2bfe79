import { z } from "zod";
import { param, urlState } from "@/lib/core/url-state";
import { CHART_MEASURE_CODES, DEFAULT_CHART_MEASURE } from "./chart-measures";
import { PROGRESS_RANGES } from "./range";

/**
 * The progress tab's state lives in the URL (?range=&episode=&measure=) so reload, back and a shared
 * link show the same charts. Parsing is forgiving: an unknown value falls back to its default.
 */
const progressState = urlState({
  range: param(z.enum(PROGRESS_RANGES), "episode"),
  episode: param(z.uuid().nullable(), null),
  measure: param(z.enum(CHART_MEASURE_CODES), DEFAULT_CHART_MEASURE),
});

export type ProgressParams = ReturnType<typeof progressState.parse>;

export const DEFAULT_PROGRESS_PARAMS: ProgressParams = progressState.defaults;

export const parseProgressParams = progressState.parse;

/** The query string for a state, naming only what differs from the defaults. */
export const progressQueryString = (params: ProgressParams): string => progressState.queryString(params);
