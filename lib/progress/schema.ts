import { z } from "zod";
import { CHART_MEASURE_CODES, DEFAULT_CHART_MEASURE, type ChartMeasureCode } from "./chart-measures";
import { PROGRESS_RANGES, type ProgressRange } from "./range";

/**
 * The progress tab's state lives in the URL (?range=&episode=&measure=) so reload, back and a shared
 * link show the same charts. Parsing is forgiving: an unknown value falls back to its default.
 */
export type ProgressParams = { range: ProgressRange; episode: string | null; measure: ChartMeasureCode };

export const DEFAULT_PROGRESS_PARAMS: ProgressParams = { range: "episode", episode: null, measure: DEFAULT_CHART_MEASURE };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const progressParamsSchema = z.object({
  range: z.preprocess(first, z.enum(PROGRESS_RANGES)).catch(DEFAULT_PROGRESS_PARAMS.range),
  episode: z.preprocess(first, z.uuid().nullable().default(null)).catch(null),
  measure: z.preprocess(first, z.enum(CHART_MEASURE_CODES)).catch(DEFAULT_PROGRESS_PARAMS.measure),
});

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseProgressParams(raw: RawSearchParams): ProgressParams {
  return progressParamsSchema.parse(raw);
}

/** The query string for a state, naming only what differs from the defaults. */
export function progressQueryString(params: ProgressParams): string {
  const query = new URLSearchParams();
  if (params.range !== DEFAULT_PROGRESS_PARAMS.range) query.set("range", params.range);
  if (params.episode !== null) query.set("episode", params.episode);
  if (params.measure !== DEFAULT_PROGRESS_PARAMS.measure) query.set("measure", params.measure);
  const text = query.toString();
  return text ? `?${text}` : "";
}
