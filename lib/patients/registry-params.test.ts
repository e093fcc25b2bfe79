import { describe, expect, it } from "vitest";
import { DEFAULT_REGISTRY_PARAMS, parseRegistryParams, registryPageChange, registryQueryString, searchTerms } from "./registry-params";

const ID = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("parseRegistryParams", () => {
  it("uses the defaults for an empty URL", () => {
    expect(parseRegistryParams({})).toEqual(DEFAULT_REGISTRY_PARAMS);
  });

  it("reads every setting from the URL", () => {
    expect(
      parseRegistryParams({ page: "3", pageSize: "50", sort: "dateOfBirth", dir: "desc", status: "archived", q: " Lee " }),
    ).toEqual({ ...DEFAULT_REGISTRY_PARAMS, page: 3, pageSize: 50, sort: "dateOfBirth", dir: "desc", status: "archived", q: "Lee" });
    expect(parseRegistryParams({ page: "4", after: ID })).toMatchObject({ page: 4, after: ID, before: "" });
    expect(parseRegistryParams({ page: "4", before: ID }).before).toBe(ID);
    expect(parseRegistryParams({ page: "9", before: "end" }).before).toBe("end");
  });

  it("falls back per field for invalid values instead of failing the page", () => {
    const parsed = parseRegistryParams({ page: "-2", pageSize: "37", sort: "password_hash", dir: "sideways", status: "deleted" });
    expect(parsed).toEqual(DEFAULT_REGISTRY_PARAMS);
    expect(parseRegistryParams({ page: "1.5" }).page).toBe(1);
    expect(parseRegistryParams({ page: "100001" }).page).toBe(1);
    // A cursor is a patient id or nothing: never a name, never SQL.
    expect(parseRegistryParams({ after: "Lee", before: "1; DROP TABLE patient" })).toEqual(DEFAULT_REGISTRY_PARAMS);
    expect(parseRegistryParams({ after: "end" }).after).toBe("");
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
    const params = { page: 7, pageSize: 100, sort: "updatedAt", dir: "desc", status: "archived", q: "o'neil", after: ID, before: "" } as const;
    const query = Object.fromEntries(new URLSearchParams(registryQueryString(params)));
    expect(parseRegistryParams(query)).toEqual(params);
  });

  it("drops the cursor on page 1, so every way back to the start is one URL", () => {
    expect(registryQueryString({ ...DEFAULT_REGISTRY_PARAMS, page: 1, before: ID })).toBe("");
    expect(registryQueryString({ ...DEFAULT_REGISTRY_PARAMS, page: 2, after: ID })).toBe(`?page=2&after=${ID}`);
  });
});

describe("registryPageChange", () => {
  const shown = { firstId: "first-id", lastId: "last-id" };
  const on = (page: number) => ({ ...DEFAULT_REGISTRY_PARAMS, page, after: ID });

  it("seeks Next after the page's last patient and Previous before its first", () => {
    expect(registryPageChange(on(4), 5, 190, shown)).toEqual({ page: 5, after: "last-id", before: "" });
    expect(registryPageChange(on(4), 3, 190, shown)).toEqual({ page: 3, after: "", before: "first-id" });
  });

  it("goes to the first page without a cursor and to the last before the end", () => {
    expect(registryPageChange(on(4), 1, 190, shown)).toEqual({ page: 1, after: "", before: "" });
    expect(registryPageChange(on(4), 190, 190, shown)).toEqual({ page: 190, after: "", before: "end" });
    expect(registryPageChange(on(189), 190, 190, shown)).toEqual({ page: 190, after: "", before: "end" });
  });

  it("asks for any other page by its number", () => {
    expect(registryPageChange(on(4), 20, 190, shown)).toEqual({ page: 20, after: "", before: "" });
    expect(registryPageChange(on(4), 5, 190, { firstId: undefined, lastId: undefined })).toEqual({ page: 5, after: "", before: "" });
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
