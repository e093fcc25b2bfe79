import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const origin = "https://rehabit.example";

describe("safeCallbackPath", () => {
  it("follows a path on this origin, with its query", () => {
    expect(safeCallbackPath("/patients?sort=dateOfBirth", origin)).toBe("/patients?sort=dateOfBirth");
    expect(safeCallbackPath("/portal", origin)).toBe("/portal");
    expect(safeCallbackPath(`${origin}/dashboard`, origin)).toBe("/dashboard");
  });

  it.each([
    ["//evil.example"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\\/evil.example"],
    ["https://evil.example"],
    ["http://rehabit.example/patients"],
    ["javascript:alert(1)"],
    ["data:text/html,hi"],
    [" //evil.example"],
    ["\t/\\evil.example"],
  ])("goes home instead of following %j off this origin", (callbackUrl) => {
    expect(safeCallbackPath(callbackUrl, origin)).toBe("/");
  });

  it("keeps an encoded backslash as a harmless path on this origin", () => {
    expect(safeCallbackPath("/%5Cevil.example", origin)).toBe("/%5Cevil.example");
  });

  it("goes home without a callback", () => {
    expect(safeCallbackPath(undefined, origin)).toBe("/");
    expect(safeCallbackPath("", origin)).toBe("/");
  });
});
