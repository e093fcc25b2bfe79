import { describe, expect, it } from "vitest";
import { inlineIllustration } from "./inline-illustration";

describe("inlineIllustration", () => {
  it("gives a pictogram's drawing as markup, its own name taken out for the element holding it to give", () => {
    const svg = inlineIllustration("/exercises/ex01.svg")!;
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 120 80"[^>]* aria-hidden="true" focusable="false"/);
    expect(svg).toContain("<path");
    expect(svg).not.toMatch(/role="img"|<title>/);
  });

  it("is null for anything else, and never reads outside the pictograms", () => {
    expect(inlineIllustration("/exercises/../../package.json")).toBeNull();
    expect(inlineIllustration("/favicon.ico")).toBeNull();
    expect(inlineIllustration("/exercises/missing.svg")).toBeNull();
  });
});
