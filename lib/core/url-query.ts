/**
 * The query string half of a URL state (lib/core/url-state.ts), free of zod so client components that
 * only write the URL do not bring the parser into the browser.
 */
export function queryStringFrom<State extends object>(defaults: State, state: State, always: readonly PropertyKey[] = []): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(defaults) as (keyof State & string)[]) {
    const value = state[key];
    if (value !== null && (value !== defaults[key] || always.includes(key))) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
