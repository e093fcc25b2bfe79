import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazyZodResolver } from "./lazy-zod-resolver";

const schema = z.strictObject({ name: z.string().trim().min(1, { message: "Enter a name." }) });
type Fields = z.input<typeof schema>;
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<Fields>;

/** A loader that counts its calls and fails while `failing` is set, like an unreachable chunk. */
function loader() {
  const state = { calls: 0, failing: false };
  const load = async () => {
    state.calls++;
    if (state.failing) throw new Error("Failed to fetch dynamically imported module");
    return schema;
  };
  return { state, load };
}

describe("lazyZodResolver", () => {
  it("loads the schema only when the form is first checked, then answers with its messages and parsed values", async () => {
    const { state, load } = loader();
    const resolver = lazyZodResolver(load);
    expect(state.calls).toBe(0);

    const refused = await resolver({ name: " " }, undefined, options);
    expect(refused.errors).toMatchObject({ name: { message: "Enter a name." } });
    expect(refused.values).toEqual({});
    expect(await resolver({ name: " Ada " }, undefined, options)).toEqual({ values: { name: "Ada" }, errors: {} });
  });

  it("lets the values through unchecked when the schema cannot be loaded, and loads it again on the next check", async () => {
    const { state, load } = loader();
    const resolver = lazyZodResolver(load);
    state.failing = true;
    expect(await resolver({ name: " " }, undefined, options)).toEqual({ values: { name: " " }, errors: {} });

    state.failing = false;
    expect((await resolver({ name: " " }, undefined, options)).errors).toMatchObject({ name: { message: "Enter a name." } });
  });
});
