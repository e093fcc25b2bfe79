import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inlineIllustration } from "./inline-illustration";

describe("inlineIllustration", () => {
  it("gives a pictogram as a data: URL holding the file", () => {
    const url = inlineIllustration("/exercises/ex01.svg");
    expect(url.startsWith("data:image/svg+xml,")).toBe(true);
    expect(decodeURIComponent(url.slice("data:image/svg+xml,".length))).toBe(readFileSync("public/exercises/ex01.svg", "utf8"));
  });

  it("leaves anything else a path, and never reads outside the pictograms", () => {
    expect(inlineIllustration("/exercises/../../package.json")).toBe("/exercises/../../package.json");
    expect(inlineIllustration("/favicon.ico")).toBe("/favicon.ico");
    expect(inlineIllustration("/exercises/missing.svg")).toBe("/exercises/missing.svg");
  });
});
