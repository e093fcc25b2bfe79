import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * Loads a form's zod schema from its schema module with a dynamic import, e.g.
 * `() => import("@/lib/cramps/schema").then((module) => module.crampFieldsSchema)`, so zod and the schema
 * modules (about 35 kB gzip) are not in the page's first-load JavaScript: the browser fetches them when
 * the form is first focused or submitted. Client components import only types from schema modules.
 */
export type SchemaLoader<TFieldValues extends FieldValues, TParsed> = () => Promise<z.ZodType<TParsed, TFieldValues>>;

const loadZodResolver = () => import("@hookform/resolvers/zod").then((module) => module.zodResolver);

/**
 * react-hook-form's zod resolver for a schema that loads when it is first needed: the checks and the
 * messages are the schema's, as with zodResolver. If the schema cannot be loaded (offline, or a new
 * deployment replaced the chunk), the values go on unchecked: the server action parses them with the
 * same schema and its field errors land on the same fields, and the next check tries the load again.
 */
export function lazyZodResolver<TFieldValues extends FieldValues, TParsed extends FieldValues>(load: SchemaLoader<TFieldValues, TParsed>): Resolver<TFieldValues, unknown, TParsed> {
  return async (values, context, options) => {
    let resolve: Resolver<TFieldValues, unknown, TParsed>;
    try {
      const [schema, zodResolver] = await Promise.all([load(), loadZodResolver()]);
      resolve = zodResolver(schema);
    } catch {
      return { values: values as unknown as TParsed, errors: {} };
    }
    return resolve(values, context, options);
  };
}

/** Starts loading the schema ahead of the first check, e.g. when the form gets focus; a failure is left to the check. */
export function preloadSchema<TFieldValues extends FieldValues, TParsed>(load: SchemaLoader<TFieldValues, TParsed>): void {
  Promise.all([load(), loadZodResolver()]).catch(() => undefined);
}
