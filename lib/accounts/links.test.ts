import { describe, expect, it } from "vitest";
import { passwordLink } from "./links";

describe("passwordLink", () => {
  it("puts the token on the set-password page of the given origin", () => {
    expect(passwordLink("https://rehabit.example", "abc_-123")).toBe("https://rehabit.example/set-password/abc_-123");
    expect(passwordLink("https://rehabit.example/", "abc")).toBe("https://rehabit.example/set-password/abc");
  });
});
