/**
 * Every zod schema a domain exports (the server actions' inputs among them) fed random and hostile
 * values: huge and unicode strings, NaN, ±∞, -0, nested objects and arrays, and prototype keys. A
 * schema must answer with success or issues, never throw, and never let a key reach Object.prototype.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const modules = import.meta.glob<Record<string, unknown>>("./*/schema.ts", { eager: true });

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.slice(2)}#${name}`, schema })),
);

const HOSTILE = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  "",
  " ",
  "\u0000",
  "\u202e\u0301e\u0301",
  "💥".repeat(2_000),
  "x".repeat(200_000),
  "2024-02-31",
  "2024-13-01",
  "__proto__",
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
] as const;

const leaf = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 40 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "prototype")), tie("value"), { maxKeys: 4 })),
}));

describe("exported schemas under hostile input", () => {
  it("are found: every domain's schema module is read", () => {
    expect(schemas.length).toBeGreaterThan(30);
    expect(schemas.map((entry) => entry.name)).toEqual(expect.arrayContaining(["patients/schema.ts#createPatientSchema", "programs/schema.ts#saveProgramSchema", "portal/schema.ts#correctLogSchema"]));
  });

  it.each(schemas)("$name answers every value with success or issues, never an exception or a polluted prototype", ({ schema }) => {
    fc.assert(
      fc.property(value, (input) => {
        const result = schema.safeParse(input);
        expect(typeof result.success).toBe("boolean");
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 150, seed: 2026 },
    );
  });

  // Objects of the schema's own keys, each holding a hostile value, reach the field checks themselves.
  const objects = schemas.filter((entry) => entry.schema instanceof z.ZodObject);
  it.each(objects)("$name checks every field of its own shape without throwing", ({ schema }) => {
    const keys = Object.keys((schema as z.ZodObject).shape);
    fc.assert(
      fc.property(fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] }), (input) => {
        const result = schema.safeParse(input);
        expect(typeof result.success).toBe("boolean");
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 150, seed: 2026 },
    );
  });
});
