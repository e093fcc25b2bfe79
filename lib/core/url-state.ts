import { z } from "zod";
import { queryStringFrom } from "./url-query";

/**
 * A page's state kept in its URL (the registry, the caseload, the Progress tab), so reload, the back
 * button and a shared link show the same view. One definition gives both directions: parsing is
 * forgiving (a missing, repeated or invalid value falls back to its default, never failing the page)
 * and the query string names only what differs from the defaults.
 */

/** Search params as Next.js hands them to a page. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

type Param<T> = { schema: z.ZodType<T, unknown>; fallback: T };

/** One URL parameter: what a valid value is, and the default it falls back to. */
export const param = <T>(schema: z.ZodType<T, unknown>, fallback: NoInfer<T>): Param<T> => ({ schema, fallback });

type StateOf<Params> = { [K in keyof Params]: Params[K] extends Param<infer T> ? T : never };

// A repeated parameter (?page=2&page=9) counts by its first value, as URLSearchParams.get reads it.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function urlState<Params extends Record<string, Param<unknown>>>(params: Params) {
  type State = StateOf<Params>;
  const keys = Object.keys(params) as (keyof Params & string)[];
  const defaults = Object.fromEntries(keys.map((key) => [key, params[key]!.fallback])) as State;
  const schema = z.object(Object.fromEntries(keys.map((key) => [key, z.preprocess(first, params[key]!.schema).catch(params[key]!.fallback)])));

  return {
    defaults,
    parse: (raw: RawSearchParams): State => schema.parse(raw) as State,
    /** "?key=value…" naming what differs from the defaults and the keys in `always`; "" for the defaults. */
    queryString: (state: State, always: readonly (keyof Params)[] = []): string => queryStringFrom(defaults, state, always),
  };
}
