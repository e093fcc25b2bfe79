import { describe, expect, it } from "vitest";
import { invitationLink } from "./links";

describe("invitation link", () => {
  it("puts the token on the app's own invitation page, whatever the configured URL looks like", () => {
    expect(invitationLink("https://rehabit.example", "abc_-123")).toBe("https://rehabit.example/invite/abc_-123");
    expect(invitationLink("https://rehabit.example/", "abc")).toBe("https://rehabit.example/invite/abc");
    expect(invitationLink("http://localhost:3000", "abc")).toBe("http://localhost:3000/invite/abc");
  });
});
