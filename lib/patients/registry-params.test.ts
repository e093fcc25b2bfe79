import { describe, expect, it } from "vitest";
import { DEFAULT_REGISTRY_PARAMS, parseRegistryParams, registryQueryString, searchTerms } from "./registry-params";

describe("parseRegistryParams", () => {
  it("uses the defaults for an empty URL", () => {
    expect(parseRegistryParams({})).toEqual(DEFAULT_REGISTRY_PARAMS);
  });

  it("reads every setting from the URL", () => {
    expect(
      parseRegistryParams({ page: "3", pageSize: "50", sort: "dateOfBirth", dir: "desc", status: "archived", q: " Lee " }),
    ).toEqual({ page: 3, pageSize: 50, sort: "dateOfBirth", dir: "desc", status: "archived", q: "Lee" });
  });

  it("falls back per field for invalid values instead of failing the page", () => {
    const parsed = parseRegistryParams({ page: "-2", pageSize: "37", sort: "password_hash", dir: "sideways", status: "deleted" });
    expect(parsed).toEqual(DEFAULT_REGISTRY_PARAMS);
    expect(parseRegistryParams({ page: "1.5" }).page).toBe(1);
    expect(parseRegistryParams({ page: "100001" }).page).toBe(1);
  });

  it("takes the first of repeated parameters and caps the search length", () => {
    expect(parseRegistryParams({ page: ["4", "9"] }).page).toBe(4);
    expect(parseRegistryParams({ q: "x".repeat(101) }).q).toBe("");
  });
});

describe("registryQueryString", () => {
  it("is empty for the defaults and names only what differs", () => {
    expect(registryQueryString(DEFAULT_REGISTRY_PARAMS)).toBe("");
    expect(registryQueryString({ ...DEFAULT_REGISTRY_PARAMS, page: 2, sort: "updatedAt" })).toBe("?page=2&sort=updatedAt");
  });

  it("round-trips through the parser", () => {
    const params = { page: 7, pageSize: 100, sort: "updatedAt", dir: "desc", status: "archived", q: "o'neil" } as const;
    const query = Object.fromEntries(new URLSearchParams(registryQueryString(params)));
    expect(parseRegistryParams(query)).toEqual(params);
  });
});

describe("searchTerms", () => {
  it("splits into lower-cased words and drops LIKE wildcards", () => {
    expect(searchTerms("  Jane   DOE ")).toEqual(["jane", "doe"]);
    expect(searchTerms("100%_done\\")).toEqual(["100", "done"]);
    expect(searchTerms("")).toEqual([]);
  });

  it("reads the table's own 'Last, First' form as two words", () => {
    expect(searchTerms("Lee, Jordan")).toEqual(["lee", "jordan"]);
  });
});
